# Command descriptions for the platforms' command menus.

command-start = Почати спочатку
command-menu = Головне меню
command-language = Змінити мову
command-help = Довідка
command-mydata = Переглянути свої дані
command-delete = Видалити свої дані
command-invite = Використати код запрошення від координатора
command-invite-code = Код запрошення, який ви отримали

# Command names in Discord's command list (lowercase, no spaces). Discord sends the bot the
# English name whatever the person saw.
# Kept as the English identifiers on purpose (see the translation brief): they must stay valid
# command names. Cyrillic display names in the style of da/ar would be: почати, меню, мова,
# довідка, мої_дані, видалити, запрошення.
command-start-name = start
command-menu-name = menu
command-language-name = language
command-help-name = help
command-mydata-name = mydata
command-delete-name = delete
command-invite-name = invite

# Discord: the private answer to a command used in a server channel.
discord-continue-in-dm = Вам надіслано особисте повідомлення. Продовжимо там.
