# Command descriptions for the platforms' command menus.

command-start = Begin again
command-menu = The main menu
command-language = Change language
command-help = Help
command-mydata = See your data
command-delete = Delete your data
command-invite = Use a coordinator's invite code
command-invite-code = The invite code you were given

# Command names in Discord's command list (lowercase, no spaces). Discord sends the bot the
# English name whatever the person saw.
command-start-name = start
command-menu-name = menu
command-language-name = language
command-help-name = help
command-mydata-name = mydata
command-delete-name = delete
command-invite-name = invite

# Discord: the private answer to a command used in a server channel.
discord-continue-in-dm = I have sent you a private message.
