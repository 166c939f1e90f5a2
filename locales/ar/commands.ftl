# Command descriptions for the platforms' command menus.

command-start = ابدأ من جديد
command-menu = القائمة الرئيسية
command-language = تغيير اللغة
command-help = مساعدة
command-mydata = اطّلع على بياناتك
command-delete = احذف بياناتك
