# Command descriptions for the platforms' command menus.

command-start = Begin again
command-menu = The main menu
command-language = Change language
command-help = Help
command-mydata = See your data
command-delete = Delete your data
