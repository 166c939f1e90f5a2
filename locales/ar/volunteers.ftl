# Volunteers: choosing the role, signing up, the volunteer menu, notifications and taking requests.

role-title = كيف يمكن لـ«فيلكومن» أن يساعدك؟
role-newcomer = 🧳 وصلتُ حديثًا
role-volunteer = 🤝 أريد التطوع

signup-name = شكرًا لرغبتك في المساعدة! بأي اسم يناديك القادمون الجدد والمنسّقون؟ يكفي الاسم الأول.
signup-groups = مع أي مجموعات يكون تطوعك؟ يُرجى الضغط للاختيار، ثم الضغط على «التالي». يمكن أيضًا عدم اختيار أي مجموعة الآن.
signup-languages = ما اللغات التي يمكنك التحدث بها؟ يُرجى اختيار لغة واحدة على الأقل.
signup-helps = في أي شيء يمكنك المساعدة؟ يُرجى اختيار مجال واحد على الأقل.
signup-choose-one = يُرجى اختيار واحد على الأقل.
signup-next = ⬅️ التالي
signup-send = ✅ إرسال
signup-none = لا شيء بعد
signup-confirm =
    يُرجى التحقق من البيانات:
    الاسم: { $name }
    المجموعات: { $groups }
    اللغات: { $languages }
    مجالات المساعدة: { $helps }
    يرى هذه البيانات منسّقو مجموعاتك. أما القادمون الجدد فلا يرون إلا اسمك. لحذف كل ذلك، تكفي كتابة:
    /delete
signup-sent = شكرًا! سيراجع أحد المنسّقين تسجيلك، وسأخبرك هنا.
profile-saved = تم حفظ ملفك الشخصي.

volunteer-menu-title = كيف يمكنني مساعدتك؟
volunteer-pending = تسجيلك بانتظار مراجعة أحد المنسّقين.
volunteer-declined-status = لم تتم الموافقة على تسجيلك. إن كانت لديك أسئلة، يمكنك الكتابة إلى البلدية.
volunteer-paused-note = إشعاراتك متوقفة مؤقتًا.
menu-my-tasks = 📥 مهامي
menu-pause = ⏸️ إيقاف الإشعارات مؤقتًا
menu-resume = ▶️ استئناف الإشعارات
menu-edit-profile = ✏️ تعديل ملفي الشخصي
menu-leave = 🚪 التوقف عن التطوع
paused = تم الإيقاف المؤقت. لن تصلك إشعارات بالطلبات الجديدة حتى استئنافها.
resumed = أهلًا بعودتك. ستصلك إشعارات بالطلبات الجديدة من جديد.
tasks-none = ليس لديك مهام مفتوحة.
tasks-title = مهامك:
task-line = • رقم { $request }: { $offer }
task-write = 💬 مراسلة: الطلب رقم { $request }
task-done = ✅ اكتمل الطلب رقم { $request }

notice-new-request =
    🆕 طلب جديد رقم { $request }: { $offer }
    اللغة: { $language }
    ملاحظة: { $note }
notice-no-note = لا توجد ملاحظة
notice-accept = ✅ سأتولّاه
notice-not-me = 🙅 لا يناسبني
notice-taken = تولّى متطوع آخر الطلب رقم { $request } ({ $offer }). شكرًا لك!
claim-won = أصبح الطلب رقم { $request } من مسؤوليتك: { $offer }. يمكنك الآن كتابة رسالتك الأولى إلى العائلة. تمرّ الرسالة عبري، ولا ترى العائلة إلا اسمك.
claim-lost = سبق أن تولّى شخص آخر هذا الطلب. شكرًا لك على كل حال!
request-withdrawn = ألغت العائلة الطلب رقم { $request } ({ $offer }). شكرًا على كل حال!
not-me-ok = حسنًا. يمكن لغيرك أن يتولّاه.
newcomer-claimed = خبر سار! وجدنا من يساعدك بخصوص «{ $offer }»: { $name } من فريق المتطوعين. ستصلك الرسائل هنا.

relay-open-volunteer = أنت الآن في محادثة مع العائلة بخصوص الطلب رقم { $request } ({ $offer }). يمكنك كتابة رسالة، أو إرسال صورة أو رسالة صوتية أو ملف.
relay-open-newcomer = أنت الآن في محادثة مع { $name } بخصوص «{ $offer }». يمكنك كتابة رسالة، أو إرسال صورة أو رسالة صوتية أو ملف.
relay-from-volunteer = 💬 { $name } («{ $offer }»):
relay-from-newcomer = 💬 العائلة، الطلب رقم { $request } ({ $offer }):
file-too-large = هذا الملف كبير جدًا. يُرجى إرسال ملفات لا يزيد حجمها على { $max } ميغابايت، أو صورة لكل صفحة.
relay-reply = ↩️ الرد
relay-sent = ✓ تم الإرسال.
relay-file-cpr = 🔒 يُرجى تغطية رقم CPR في الرسائل قبل إرسال صورتها.
relay-end = 🔚 إنهاء المحادثة
relay-ended = انتهت المحادثة بخصوص «{ $offer }».
relay-closed = انتهت هذه المحادثة.
mark-done = ✅ اكتمل الطلب
done-confirm = هل اكتمل الطلب رقم { $request } («{ $offer }»)؟ عندها تُغلق المحادثة، وتُسأل العائلة عن رأيها في المساعدة.
done-yes = ✅ نعم، اكتمل
done-not-yet = ➡️ ليس بعد
ended-ask = هل قُدِّمت المساعدة في الطلب رقم { $request } («{ $offer }»)؟
ended-by-family = أنهت العائلة المحادثة بخصوص الطلب رقم { $request } («{ $offer }»). هل قُدِّمت المساعدة؟
ended-give-back = ↩️ لا، إعادة الطلب إلى المجموعة
given-back = شكرًا لك. أُعيد الطلب رقم { $request } إلى المجموعة، وسيُبلَّغ منسّقوها بذلك.
given-back-family = طلبك بخصوص «{ $offer }» مفتوح من جديد. نبحث الآن عن شخص آخر ليساعدك.
request-done-volunteer = شكرًا لك! الطلب رقم { $request } مكتمل الآن.
feedback-ask = بحسب { $name }، اكتمل طلبك «{ $offer }». هل حصلت على المساعدة التي احتجت إليها؟
feedback-good = 👍 نعم
feedback-bad = 👎 لا
feedback-thanks = شكرًا لإخبارنا.

# Languages volunteers often speak besides Velkommen's own (which their language.toml
# names): each spoken-<code> here is offered at sign-up, in this order.
spoken-ti = التغرينية
spoken-fa = الفارسية
spoken-so = الصومالية
spoken-ku = الكردية
spoken-tr = التركية
spoken-ps = البشتوية
spoken-ru = الروسية
task-closed = أغلق أحد المنسّقين الطلب رقم { $request } ({ $offer }). لا يلزمك فعل أي شيء آخر. شكرًا لك!
