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
command-start-name = begynd
command-menu-name = hovedmenu
command-language-name = sprog
command-help-name = hjælp
command-mydata-name = mine-data
command-delete-name = slet
command-invite-name = invitation

# Discord: the private answer to a command used in a server channel.
discord-continue-in-dm = Jeg har sendt dig en privat besked.
