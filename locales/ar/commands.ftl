# Command descriptions for the platforms' command menus.

command-start = البدء من جديد
command-menu = القائمة الرئيسية
command-language = تغيير اللغة
command-help = طريقة الاستخدام
command-mydata = رؤية بياناتك
command-delete = حذف بياناتك
command-invite = استخدام رمز دعوة من منسّق
command-invite-code = رمز الدعوة الذي حصلت عليه

# Command names in Discord's command list (lowercase, no spaces). Discord has no Arabic
# locale, so these are not shown there yet; they keep the three languages in step.
command-start-name = بدء
command-menu-name = القائمة
command-language-name = اللغة
command-help-name = مساعدة
command-mydata-name = بياناتي
command-delete-name = حذف
command-invite-name = دعوة

# Discord: the private answer to a command used in a server channel.
discord-continue-in-dm = أرسلت لك رسالة خاصة.
