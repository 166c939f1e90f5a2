# The terminal front door's own lines.

terminal-intro = Velkommen in the terminal. Type a number to press a button, or write text. Type /help for help, ":file PATH" to send a file, ":as NAME" to become another person, ":quit" to stop.
terminal-now-as = You are now { $name }.
terminal-no-button = There is no button { $number }.
