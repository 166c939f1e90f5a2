# Command descriptions for the platforms' command menus.

command-start = Start forfra
command-menu = Hovedmenuen
command-language = Skift sprog
command-help = Hjælp
command-mydata = Se dine data
command-delete = Slet dine data
command-invite = Brug en koordinators invitationskode
command-invite-code = Invitationskoden, du har fået

# Command names in Discord's command list (lowercase, no spaces). Discord sends the bot the
# English name whatever the person saw.
# Danish keeps the English names: the help text and every other Danish text name /start,
# /menu, /mydata, /delete ..., which are also the only names Telegram and the terminal know.
command-start-name = start
command-menu-name = menu
command-language-name = language
command-help-name = help
command-mydata-name = mydata
command-delete-name = delete
command-invite-name = invite

# Discord: the private answer to a command used in a server channel.
discord-continue-in-dm = Jeg har sendt dig en privat besked.
