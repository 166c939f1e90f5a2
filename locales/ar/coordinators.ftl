# Coordinators and admins: approving volunteers, unclaimed requests, invite codes.

coordinator-menu-title = قائمة التنسيق. كيف يمكنني مساعدتك؟
menu-pending-signups = 🆕 تسجيلات بانتظار المراجعة: { $count }
menu-open-requests = 📬 طلبات لم يتولّها أحد
menu-invite = 🎟️ دعوة منسّق جديد
menu-coordinator = 🧭 قائمة التنسيق

signup-notice =
    🆕 تسجيل جديد للتطوع: { $name }
    المجموعات: { $groups }
    اللغات: { $languages }
    مجالات المساعدة: { $helps }
approve = ✅ موافقة
decline = ✖️ رفض
approved-coordinator = تمت الموافقة على تسجيل { $name }.
declined-coordinator = تم رفض تسجيل { $name }.
already-decided = سبق اتخاذ قرار بشأن هذا التسجيل.
volunteer-approved = أهلًا بك! وافق أحد المنسّقين على انضمامك إلى المتطوعين. سأخبرك هنا بالطلبات التي يمكنك تولّيها.
volunteer-declined = لم تتم الموافقة على تسجيلك هذه المرة. إن كانت لديك أسئلة، يمكنك الكتابة إلى البلدية.
pending-none = لا توجد تسجيلات بانتظار المراجعة.
pending-count = { PLURAL($count) ->
    [zero] لا توجد تسجيلات بانتظار مراجعتك.
    [one] تسجيل واحد بانتظار مراجعتك.
    [two] تسجيلان بانتظار مراجعتك.
    [few] { $count } تسجيلات بانتظار مراجعتك.
    [many] { $count } تسجيلًا بانتظار مراجعتك.
   *[other] { $count } تسجيل بانتظار مراجعتك.
    }
pending-page = الصفحة { $page } من { $pages }
pending-approve = ✅ { $name }
pending-decline = ✖️ { $name }
pending-previous = ➡️ السابق
pending-next = ⬅️ التالي

open-requests-none = تم تولّي جميع الطلبات.
open-requests-title = طلبات لم يتولّها أحد:
open-request-line = • رقم { $request }: { $offer } ({ $language }، { $date })
escalation-notice =
    ⏰ لم يتولَّ أحد الطلب رقم { $request } بعد: { $offer }
    اللغة: { $language }
    ملاحظة: { $note }
take-myself = 🙋 سأتولّى بنفسي الطلب رقم { $request }
hand-over = 👉 إسناد الطلب رقم { $request } إلى متطوع
hand-choose = من سيتولّى الطلب رقم { $request }؟
hand-none = لا يوجد في المجموعة متطوعون تمت الموافقة عليهم بعد.
handed = تم إسناد الطلب رقم { $request } إلى { $name }.
notice-handed = أسند إليك أحد المنسّقين الطلب رقم { $request }: { $offer }. يمكنك الآن الكتابة إلى العائلة.

invite-choose-group = لأي مجموعة هذه الدعوة؟
invite-code =
    يُرجى إعطاء هذا الرمز للمنسّق الجديد. يصلح الرمز مرة واحدة فقط، خلال { PLURAL($days) ->
        [zero] { $days } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    }. لاستخدامه، تُكتب هذه الرسالة:
    { $command }
invite-used = أصبح لك الآن دور التنسيق في { $group }.
invite-invalid = رمز الدعوة هذا غير معروف، أو انتهت صلاحيته، أو سبق استخدامه.
invite-after-privacy = سيُستخدم رمز الدعوة بعد قراءة طريقة حفظ بياناتك والموافقة عليها.
invite-paused = أُدخلت رموز خاطئة كثيرة. يُرجى الانتظار ساعة ثم المحاولة مرة أخرى.
invite-open-title = رموز أنشأتها وما زالت صالحة (لسحب رمز، يُرجى الضغط عليه):
invite-revoke = ✖️ { $group } · حتى { $date }
invite-revoked = تم سحب الرمز. لم يعد صالحًا.

menu-broadcast = 📣 إعلان جديد
menu-broadcasts = 📊 الإعلانات المرسلة
menu-events = 📅 الفعاليات
menu-questions = ❓ أسئلة بانتظار الرد: { $count }
menu-our-offers = 🗂️ أنشطتنا وخدماتنا
menu-summary = 📈 الملخص الربع سنوي

broadcast-audience = إلى من يُرسَل الإعلان؟ لا يصل الإعلان إلا إلى من طلب تلقّي الأخبار.
audience-newcomers = 🧳 القادمون الجدد
audience-volunteers = 🤝 المتطوعون
audience-both = 👥 الفئتان معًا
broadcast-group = أي المتطوعين؟
broadcast-group-own = أي مجموعة؟ لا يصل الإعلان إلا إلى المرتبطين بهذه المجموعة: متطوعيها، والقادمين الجدد الذين طلبوا أنشطتها أو ردّوا على فعالياتها.
broadcast-all-groups = كل المجموعات
broadcast-language = هل يقتصر الإعلان على من يستخدمون لغة واحدة؟
broadcast-all-languages = كل اللغات
broadcast-write = يُرجى كتابة النص بهذه اللغة: { $language } (عدد المستلمين الإجمالي: { $count })، أو الضغط على «تخطي». عند التخطي، يحصل قرّاء هذه اللغة على أول نص متوفر من هذه اللغات بالترتيب: { $fallback }.
broadcast-skip = ⏭️ تخطي هذه اللغة
broadcast-needs-text = يُرجى كتابة نص بالدنماركية أو بالإنجليزية على الأقل، حتى يصل شيء إلى الجميع.
broadcast-preview = معاينة. عدد المستلمين: { $count }.
broadcast-preview-language = { $language }: عدد المستلمين { $count }، وهذا ما سيرونه:
broadcast-preview-fallback = { $language }: عدد المستلمين { $count }، وسيصلهم النص باللغة { $fallback }، لعدم وجود نص باللغة { $language }:
broadcast-confirm = هل نرسل الإعلان الآن؟
broadcast-send = 📣 إرسال
broadcast-sent = الإعلان في طريقه إلى المستلمين.
broadcasts-title = الإعلانات المرسلة. يُرجى اختيار إعلان لمعرفة نتيجة التوصيل:
broadcast-line = الإعلان رقم { $id } · { $date }
report-title = توصيل الإعلان رقم { $id }:
report-no-address = تعذّر الوصول إليهم عبر أي منصة وقت الإرسال: { $count }
report-cancelled = تم إلغاء هذا الإعلان.
report-refresh = 🔄 تحديث
broadcast-cancel = ✖️ إلغاء ما لم يُرسَل بعد
broadcast-cancelled = تم الإلغاء. عدد الرسائل التي أُوقفت: { $count }
delivery-pending = قيد الانتظار
delivery-delivered = تم التوصيل
delivery-failed = فشل الإرسال
delivery-unreachable = تعذّر الوصول (بسبب حظر البرنامج أو إغلاق الرسائل)
delivery-cancelled = ملغى

events-title = فعاليات مجموعاتك:
event-new = ➕ فعالية جديدة
event-group = أي مجموعة تنظّم الفعالية؟
event-audience = لمن هذه الفعالية؟
event-time = متى تبدأ الفعالية؟ يُرجى كتابة التاريخ والوقت بتوقيت الدنمارك، مثلًا:
    17/12/2026 14:00
event-time-invalid = لم أتمكن من قراءة التاريخ والوقت. يُرجى كتابتهما هكذا:
    17/12/2026 14:00
event-time-past = هذا الموعد قد مضى. يُرجى كتابة تاريخ ووقت في المستقبل.
event-place = أين تُقام الفعالية؟ يُرجى كتابة المكان والعنوان.
event-title = يُرجى كتابة اسم الفعالية بهذه اللغة: { $language }، أو الضغط على «تخطي».
event-description = يُرجى كتابة وصف قصير بهذه اللغة: { $language }.
event-check = يُرجى التحقق من الفعالية:
event-create = ✅ إنشاء الفعالية
event-created = تم إنشاء الفعالية. هل نعلن عنها الآن؟
event-announce = 📣 الإعلان عنها
event-rsvp-counts = عدد الحاضرين: { $going } · عدد المعتذرين: { $notgoing }
event-going-volunteers = المتطوعون الذين سيحضرون: { $names }
event-going-newcomers = القادمون الجدد الذين سيحضرون، حسب اللغة: { $languages }
event-text =
    📅 { $title }
    🕒 { $when }
    📍 { $place }
    { $description }
event-going = ✅ سأحضر
event-not-going = ✖️ لن أحضر
event-calendar = 📅 إضافة إلى التقويم
event-going-noted = نراك في «{ $title }»! سأذكّرك بها قبل أن تبدأ.
event-going-noted-no-reminder = نراك في «{ $title }»!
event-not-going-noted = حسنًا، سجّلنا اعتذارك عن «{ $title }».
event-calendar-file = «{ $title }» في ملف تقويم:
event-reminder = ⏰ تذكير بفعالية سجّلنا مشاركتك فيها:
events-none = لا توجد فعاليات قادمة الآن.
events-upcoming = الفعاليات القادمة:

questions-none = لا توجد أسئلة بانتظار الرد.
questions-title = أسئلة بانتظار الرد:
question-line =
    ❓ ({ $language }، { $date })
    { $question }
question-line-late =
    ⏰ انتظار طويل! ({ $language }، { $date })
    { $question }
question-answer = 💬 الرد
question-answer-prompt =
    كان السؤال:
    { $question }
    يُرجى كتابة الرد. سيصل إلى صاحب السؤال عبري.
question-answered = 💬 الرد على سؤالك «{ $question }»:
question-answered-urgent = 💬 أحد موظفي البلدية يكتب إليك:
question-follow-up = يمكنك الآن كتابة ردّك إلى موظف البلدية.
question-follow-up-from = 💬 رد بخصوص السؤال «{ $question }»:

our-offers-title = أنشطة مجموعاتك وخدماتها. العلامة ⚠️ تعني أنها لم تُراجَع منذ ستة أشهر، والعلامة ⏸️ تعني أنها أُخرجت من الدليل في صفحة الويب:
offer-still-correct = ✅ ما زال صحيحًا
offer-edit = ✏️ تعديل نص
offer-verified = شكرًا. تم تسجيل المراجعة اليوم.
offer-verified-on = آخر مراجعة: { $date }
offer-never-verified = لم يُراجَع قط.
offer-edit-which = أي نص؟
offer-field-title = العنوان
offer-field-description = الوصف
offer-field-when = الموعد
offer-field-where = المكان
offer-edit-language = بأي لغة؟
offer-edit-write = يُرجى كتابة النص الجديد.
offer-saved = تم الحفظ. وتم أيضًا تسجيل المراجعة اليوم.

summary-title = آخر ثلاثة أشهر، لكل مجموعة:
summary-nothing = لم يكن لأي مجموعة طلب أو فعالية في هذه الأشهر الثلاثة.
summary-group =
    { $group }
    الطلبات: { $received } · تم تولّيها: { $claimed } · اكتملت: { $done } · أُلغيت: { $cancelled }
    الوقت الوسيط حتى تولّي الطلب، بالساعات: { $hours }
    أُحيلت إلى المنسّقين: { $escalated } · ما زالت بانتظار متطوع: { $open }
    المتطوعون النشطون: { $active } · بانتظار الموافقة: { $pending }
    الفعاليات: { $events } · عدد الحاضرين: { $going }
summary-hours = { $hours }
summary-no-hours = – (لم يُتولَّ أي طلب بعد)
summary-questions = الأسئلة المطروحة: { $asked } · المُجاب عنها: { $answered }

# The audit trail of coordinator and staff actions.
menu-audit = 🧾 مَن فعل ماذا
menu-coordinators = 👥 المنسّقون
audit-title = مَن فعل ماذا، الأحدث أولًا (الأشخاص بأرقامهم):
audit-none = لا يوجد شيء في السجل بعد.
audit-line = { $date } · { $who }: { $what } رقم { $subject }
audit-approve = وافق على متطوع
audit-decline = رفض متطوعًا
audit-broadcast = أرسل إعلانًا
audit-cancel-broadcast = أوقف إعلانًا
audit-verify-offer = أكّد نشاطًا
audit-edit-offer = عدّل نشاطًا
audit-create-event = أنشأ فعالية
audit-invite = أنشأ رمز دعوة للمجموعة
audit-revoke-invite = سحب رمز دعوة
audit-became-coordinator = أصبح منسّقًا للمجموعة
audit-take-request = تولّى طلبًا
audit-hand-request = أسند طلبًا

web-link =
    هذا رابطك إلى صفحة المنسّقين على الإنترنت. يعمل مرة واحدة فقط، خلال { PLURAL($minutes) ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }. يُرجى عدم إعطائه لأحد.
    { $link }
web-off = صفحة الإنترنت غير مفعّلة هنا. يُرجى سؤال قسم تقنية المعلومات في البلدية.
request-closed = أُغلق الطلب رقم { $request }.
event-changed = 📅 تغيّرت فعالية سجّلنا مشاركتك فيها. هذه تفاصيلها الآن:
audit-close-request = أغلق طلبًا
audit-retire-offer = أخرج نشاطًا من الدليل أو أعاده
audit-edit-event = عدّل فعالية
audit-remove-coordinator = سحب مجموعة من منسّق
audit-step-down = تنحّى عن تنسيق مجموعة


coordinators-title = مَن ينسّق أيّ مجموعة:
coordinators-invited-line = • الشخص رقم { $person } · { $group } (برمز دعوة)
coordinators-configured-line = • { $address } · { $groups } (في ملف الإعدادات، ويكون التغيير هناك)
coordinators-every-group = كل المجموعات
coordinators-none = لا أحد بعد.
coordinator-remove = ✖️ سحب { $group } من الشخص رقم { $person }
coordinator-step-down = 🚪 التنحّي عن { $group }
coordinator-removed = تم: سُحبت المجموعة، وانتهت جلساته على صفحة الويب.
coordinator-stepped-down = لم يعد تنسيق هذه المجموعة من مهامّك. شكرًا على جهودك.
coordinator-removed-notice = لم يعد تنسيق { $group } من مهامّك. أجرى هذا التغيير أحد موظفي البلدية. شكرًا على جهودك.
