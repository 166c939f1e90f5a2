# Command descriptions for the platforms' command menus.

command-start = Start forfra
command-menu = Hovedmenuen
command-language = Skift sprog
command-help = Hjælp
command-mydata = Se dine data
command-delete = Slet dine data
