# Showing, changing and deleting what is stored about a person.

my-data-title = هذا ما نحفظه عنك:
my-data-number = رقمك لدينا: { $id } (يُرجى ذكره عند السؤال عن بياناتك)
my-data-language = اللغة: { $language }
my-data-consent-agreed = إشعار الخصوصية: وافقت عليه بتاريخ { $date }.
my-data-consent-declined = إشعار الخصوصية: لقد رفضت. لا نحفظ إلا ما نحتاجه للرد عليك: لغتك، وحسابك الذي تصلنا منه رسائلك.
my-data-consent-pending = إشعار الخصوصية: لم تتم الإجابة بعد.
my-data-news-on = الأخبار: نعم، تصلك الأخبار.
my-data-news-off = الأخبار: لا.
my-data-accounts = الحسابات: { $accounts }
my-data-since = أول تواصل: { $date }
my-data-requests =
    { PLURAL($count) ->
        [zero] الطلبات: لا توجد.
        [one] الطلبات: طلب واحد.
        [two] الطلبات: طلبان.
        [few] الطلبات: { $count } طلبات.
        [many] الطلبات: { $count } طلبًا.
       *[other] الطلبات: { $count } طلب.
    }
my-data-requests-none = الطلبات: لا توجد.
my-data-request = • { $offer } · { $date }: { $status }
my-data-request-note = ↲ ملاحظتك: { $note }
my-data-questions =
    { PLURAL($count) ->
        [zero] الأسئلة: لا توجد.
        [one] الأسئلة: سؤال واحد.
        [two] الأسئلة: سؤالان.
        [few] الأسئلة: { $count } أسئلة.
        [many] الأسئلة: { $count } سؤالًا.
       *[other] الأسئلة: { $count } سؤال.
    }
my-data-questions-none = الأسئلة: لا توجد.
my-data-question = • { $date }: { $text }
my-data-alerts = 🆘 عدد مرات طلب المساعدة العاجلة: { $count }
my-data-alert = • { $date }: { $status }
my-data-alert-open = بانتظار أحد الموظفين
my-data-alert-taken = يتولّى أحد الموظفين الأمر
my-data-looked-up = 👁️ عدد مرات اطّلاع الموظفين على بياناتك: { $count }
my-data-look = • { $date }: { $role ->
        [staff] أحد موظفي البلدية
       *[coordinator] أحد منسّقي المجموعة
    }، للاطّلاع على { $purpose ->
        [request] طلبك
        [question] سؤالك
       *[alert] طلبك للمساعدة العاجلة
    }
my-data-looks-older = مرات سابقة أخرى: { $count }
my-data-volunteer =
    اسمك في التطوع: { $name }
    المجموعات: { $groups }
    اللغات: { $languages }
    مجالات المساعدة: { $helps }
my-data-volunteer-approved = تمت الموافقة على تسجيلك في التطوع.
my-data-files =
    { PLURAL($count) ->
        [zero] الملفات التي أرسلتها عبر البرنامج: لا توجد.
        [one] الملفات التي أرسلتها عبر البرنامج: ملف واحد.
        [two] الملفات التي أرسلتها عبر البرنامج: ملفان.
        [few] الملفات التي أرسلتها عبر البرنامج: { $count } ملفات.
        [many] الملفات التي أرسلتها عبر البرنامج: { $count } ملفًا.
       *[other] الملفات التي أرسلتها عبر البرنامج: { $count } ملف.
    }
my-data-news-toggle-on = 🔔 أرسل لي الأخبار
my-data-withdraw = ✖️ سحب موافقتي
my-data-news-toggle-off = 🔕 أوقف الأخبار
news-on = حسنًا. ستصلك الأخبار من البلدية ومن مجموعات المتطوعين.
news-off = حسنًا. لن تصلك الأخبار.
my-data-delete = 🗑️ احذف بياناتي

delete-confirm = هل نحذف كل ما نحفظه عنك؟ لا يمكن التراجع عن ذلك.
delete-yes = 🗑️ نعم، احذف كل شيء
delete-no = لا، لا تحذف شيئًا
deleted =
    حُذف كل ما يخصك: طلباتك، وملاحظاتك، وأسئلتك، وملفاتك، والرسائل التي فيها كلامك.
    ما يبقى: الرسائل التي وصلت من قبل تظل في محادثة الشخص الآخر. وتبقى نسخة من بياناتك في النسخ الاحتياطية لمدة تصل إلى { PLURAL($backup_days) ->
        [zero] { $backup_days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $backup_days } أيام
        [many] { $backup_days } يومًا
       *[other] { $backup_days } يوم
    }. وسجلّاتنا تحفظ أرقامًا وأوقاتًا فقط، ولا تحفظ كلامك أبدًا.
    مع السلامة! للعودة في أي وقت، تكفي كتابة:
    /start
delete-kept = حسنًا، لم يُحذف أي شيء.

retention-warning =
    لم تصلنا منك رسائل منذ مدة طويلة. بعد { PLURAL($days) ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } سنحذف كل ما نحفظه عنك. للاحتفاظ به، تكفي كتابة أي رسالة هنا.
