# Command descriptions for the platforms' command menus.

command-start = شروع دوباره
command-menu = فهرست اصلی
command-language = تغییر زبان
command-help = رهنما
command-mydata = دیدن معلومات شما
command-delete = پاک کردن معلومات شما
command-invite = استفاده از کود دعوت یک هماهنگ‌کننده
command-invite-code = کود دعوتی که به شما داده شد

# Command names in Discord's command list (lowercase, no spaces). Discord has no Dari (or
# Persian) locale, so these are not shown there yet; they keep the languages in step. No
# zero-width non-joiner: Discord takes only letters, digits, "-" and "_".
command-start-name = شروع
command-menu-name = فهرست
command-language-name = زبان
command-help-name = رهنما
command-mydata-name = معلوماتم
command-delete-name = پاک
command-invite-name = دعوت

# Discord: the private answer to a command used in a server channel.
discord-continue-in-dm = برای شما یک پیام خصوصی فرستادم.
