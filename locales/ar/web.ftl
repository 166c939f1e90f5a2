# صفحة المنسّقين على الإنترنت.
web-title = Velkommen · المنسّقون
web-nav-dashboard = نظرة عامة
web-nav-broadcast = إعلان جديد
web-logout = تسجيل الخروج
web-language = اللغة
web-back = العودة إلى النظرة العامة
web-urgent = طلبات مساعدة عاجلة لم يتولّها أحد بعد
web-pending = متطوعون ينتظرون الموافقة
web-pending-none = لا أحد ينتظر الموافقة.
web-approve = موافقة
web-decline = رفض
web-open-requests = طلبات لم يأخذها أحد، الأقدم أولًا
web-open-requests-none = أُخذت كل الطلبات.
web-take = سآخذه بنفسي
web-request-offer = العرض
web-request-group = المجموعة
web-request-language = اللغة
web-request-waiting = ينتظر منذ
web-request-note = ملاحظة
web-questions = أسئلة مفتوحة من القادمين الجدد
web-outbox = رسائل تنتظر الإرسال
web-outbox-platform = المنصة
web-outbox-queued = تنتظر
web-outbox-oldest = أقدمها ينتظر منذ
web-outbox-empty = لا شيء ينتظر الإرسال.
web-minutes = { PLURAL($count) ->
        [zero] أقل من دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $count } دقائق
        [many] { $count } دقيقة
       *[other] { $count } دقيقة
    }
web-hours = { PLURAL($count) ->
        [zero] { $count } ساعة
        [one] ساعة واحدة
        [two] ساعتين
        [few] { $count } ساعات
        [many] { $count } ساعة
       *[other] { $count } ساعة
    }
web-days = { PLURAL($count) ->
        [zero] { $count } يوم
        [one] يوم واحد
        [two] يومين
        [few] { $count } أيام
        [many] { $count } يومًا
       *[other] { $count } يوم
    }
web-audience = من يستلمه
web-audience-newcomers = القادمون الجدد
web-audience-volunteers = المتطوعون
web-audience-both = الاثنان معًا
web-group = المجموعة
web-group-all = كل المجموعات
web-recipients = المستلمون
web-recipients-total = { PLURAL($count) ->
        [zero] لا أحد
        [one] شخص واحد
        [two] شخصان
        [few] { $count } أشخاص
        [many] { $count } شخصًا
       *[other] { $count } شخص
    }
web-text-empty = فارغ
web-text-help = اكتب بأكبر عدد ممكن من اللغات. من لا يوجد نص بلغته يصله النص بأقرب لغة يقرؤها.
web-preview = كيف يظهر في المحادثة
web-send = أرسل الآن
web-error-no-text = اكتب الإعلان بلغة واحدة على الأقل.
web-error-too-long = هذا النص طويل جدًا. الحد الأقصى { $max } حرف.
web-error-unreached = قرّاء هذه اللغة لن يصلهم شيء. اكتب هنا، أو بالإنجليزية أو الدنماركية.
web-report-title = تسليم الإعلان رقم { $id }
web-report-refresh = تحديث
web-report-status = الحالة
web-report-count = العدد
web-log-in = يُرجى تسجيل الدخول. أرسل /web إلى البوت في تيليجرام أو ديسكورد، وافتح الرابط الذي يعطيك إياه.
web-session-ended = لقد سُجّل خروجك، أو انتهت جلستك. أرسل /web إلى البوت لتحصل على رابط جديد.
web-forbidden = لا يُسمح لك برؤية هذا أو تغييره.
web-form-expired = انتهت صلاحية هذا النموذج. ارجع، وأعد تحميل الصفحة، وحاول مرة أخرى. لم يتغيّر شيء.
web-busy = كانت هناك محاولات دخول كثيرة جدًا. انتظر دقيقة، ثم حاول مرة أخرى.
web-link-used = هذا الرابط استُخدم من قبل، أو انتهت صلاحيته. أرسل /web إلى البوت لتحصل على رابط جديد.
web-login-title = تسجيل الدخول إلى Velkommen
web-login-help = يُرجى الضغط على الزر لتسجيل الدخول على هذا الجهاز. يعمل الرابط مرة واحدة فقط.
web-login-button = تسجيل الدخول
web-logged-out = لقد سجّلت الخروج.
web-went-wrong = حدث خطأ من جهتنا. لم يضِع شيء. يُرجى المحاولة مرة أخرى.
web-nav-posters = الملصقات
web-posters-help = افتح ملصق العرض واطبعه من المتصفح. رمز QR فيه يفتح العرض بلغة القارئ في تيليجرام.
web-poster-place = أين سيُعلَّق الملصق (يُطبع في أسفله، اختياري)
web-poster-none = الملصقات تحتاج اسم مستخدم البوت في تيليجرام: اضبط { $setting }
web-poster-set-place = ضعه على الملصقات
web-answer-in = إجابتك، باللغة
web-answer-send = أرسل الإجابة
web-questions-none = لا توجد أسئلة تنتظر إجابة.
web-nav-questions = أجب عن الأسئلة
web-error-no-words = اكتب بضع كلمات أولًا.
web-nav-report = التقرير
web-report-quarters = الأرباع
web-report-csv = تنزيل بصيغة CSV
web-report-empty = لا توجد أي من مجموعاتك في هذا التقرير.
web-report-print = لتوزيعه في الاجتماع الربع سنوي، اطبع هذه الصفحة من المتصفح.
web-report-no-quarter = لا يوجد ربع سنة بهذا الاسم. اختر واحدًا من القائمة.
web-report-questions = أسئلة القادمين الجدد: طُرح { $asked }، وأُجيب عن { $answered }.
web-chart-requests = الطلبات في كل مجموعة
web-chart-taken = أخذها متطوع
web-chart-not-taken = لم يأخذها أحد
web-chart-hours = الساعات حتى أخذ متطوع الطلب
web-chart-hours-legend = ساعات (الوسيط)
web-col-received = الطلبات
web-col-claimed = أُخذت
web-col-done = أُنجزت
web-col-cancelled = أُلغيت
web-col-hours = ساعات حتى الأخذ (الوسيط)
web-col-escalated = أُحيلت إلى المنسّقين
web-col-open = ما زالت مفتوحة
web-col-volunteers = متطوعون نشطون
web-col-pending = متطوعون ينتظرون
web-col-events = الفعاليات
web-col-going = قالوا إنهم سيحضرون
web-nav-offers = العروض
web-offers-help = حافظ على صحة عروض مجموعاتك: علّم كل عرض بأنه رُوجع، واكتبه بكل اللغات. اللغة المعلَّمة بأنها ناقصة يقرأ أصحابها النص بلغة قريبة.
web-offers-none = لا توجد عروض لمجموعاتك.
web-offer-verified = رُوجع في
web-offer-never-verified = لم يُراجَع أبدًا
web-offer-stale = لم يُراجَع منذ نصف سنة
web-offer-missing = ناقص
web-offer-verify = ما زال صحيحًا اليوم
web-offer-save = حفظ
web-offer-title = اسم العرض
web-offer-description = ما هو
web-offer-when = متى
web-offer-where = أين
web-offer-fallback = لا يوجد نص بهذه اللغة بعد. في الأسفل النص باللغة { $language }: اكتب فوقه واحفظ.
web-nav-requests = الطلبات
web-all-languages = كل اللغات
web-older-than = عمرها هذا العدد من الأيام على الأقل
web-filter = اعرض
web-hand-to = سلّمه إلى
web-hand = سلِّم
web-requests-none = لا توجد طلبات مطابقة.
web-status-open = لم يأخذه أحد
web-status-claimed = أُخذ
web-status-done = أُنجز
web-status-cancelled = أُلغي
web-status-all = الكل
web-session-ended-kept = انتهت جلستك قبل الإرسال، فلم يُرسَل أو يُحفَظ شيء. كلماتك في الأسفل: انسخها، وأرسل /web إلى البوت لتحصل على رابط جديد، ثم الصقها من جديد.
web-nav-events = الفعاليات
web-event-title = العنوان
web-event-when = متى
web-event-going = سيحضرون
web-event-not-going = لن يحضروا
web-event-announce = أعلِن
web-events-none = لا توجد فعاليات لمجموعاتك بعد.
web-event-new = فعالية جديدة
web-event-help = اكتب العنوان وبضعة أسطر بأكبر عدد ممكن من اللغات. من يقول إنه سيحضر يُذكَّر في الوقت الذي تختاره في الأسفل.
web-event-create = أنشئ الفعالية
web-error-time = اكتب التاريخ والوقت.
web-error-past = هذا الوقت قد مضى. اكتب وقتًا قادمًا.
web-preview-fit = تيليغرام: { $telegram } من 4096 حرفًا · ديسكورد: { $discord } من 2000
web-preview-split = { PLURAL($parts) ->
        [zero] يصل إلى Discord في { $parts } رسالة.
        [one] يصل إلى Discord في رسالة واحدة.
        [two] يصل إلى Discord في رسالتين.
        [few] يصل إلى Discord في { $parts } رسائل.
        [many] يصل إلى Discord في { $parts } رسالة.
       *[other] يصل إلى Discord في { $parts } رسالة.
    }
web-send-at = الإرسال لاحقًا
web-send-at-help = اترك الحقل فارغًا للإرسال الآن. إذا أُرسل لاحقًا، يصل إلى من يصلهم الآن.
web-report-scheduled = سيُرسَل في { $when }. يمكنك إلغاؤه حتى ذلك الوقت.
web-report-failures = لماذا لم يصل بعضها
web-report-reason = السبب
web-unreachable-telegram = حظر البوت
web-unreachable-discord = أغلق الرسائل المباشرة
web-close-why = إغلاق، لأن
web-close = إغلاق
web-close-helped = حصل على المساعدة
web-close-no-volunteer = لم يستطع أحد أن يتولّاه
web-close-no-answer = لم يرد
web-close-duplicate = طُلب مرتين أو عن طريق الخطأ
web-offer-retire = إخراج من الدليل
web-offer-bring-back = إعادة إلى الدليل
web-offer-retired = خارج الدليل
web-offer-retired-now = أُخرج العرض من الدليل. لن يراه القادمون الجدد بعد الآن. الطلبات المرسلة من قبل تبقى كما هي.
web-offer-back-now = عاد العرض إلى الدليل.
web-event-edit = تعديل
web-event-edit-help = من قال إنه سيحضر يصله إشعار إذا تغيّر الوقت أو المكان.
web-event-save = حفظ التعديلات
web-event-changed = تم تعديل الموعد.
web-cancel = إلغاء
web-remind = تذكير من سيحضرون
web-remind-0 = بلا تذكير
web-remind-2 = قبل ساعتين
web-remind-24 = في اليوم السابق
web-remind-48 = قبل يومين
web-remind-168 = قبل أسبوع
web-chart-p90-legend = تسعة من كل عشرة خلال
web-chart-languages = الطلبات حسب اللغة
web-chart-kinds = الطلبات حسب نوع العرض
web-chart-requests-legend = طلبات
web-col-p90 = ساعات: تسعة من كل عشرة خلال
web-alert-button = ضغط على «أحتاج إلى مساعدة الآن»
web-alert-help = قد يكون شخص ما في خطر. تولَّ الأمر إن كنت تستطيع الكتابة إليه الآن؛ عندها لن يُستدعى الآخرون.
web-alert-answer = اكتب إليه في صفحة الأسئلة
web-coordinators = المنسّقون
web-coordinators-help = يمكن هنا إزالة المنسّقين الذين انضموا برمز دعوة، وتنتهي جلساتهم فورًا. أما المذكورون في ملف الإعدادات فيكون تغييرهم هناك.
web-coordinator-remove = إزالة
web-coordinator-configured = في ملف الإعدادات
web-coordinator-removed = سُحبت المجموعة من المنسّق، وانتهت جلساته.
web-own-groups = مجموعاتي
web-step-down = التنحّي
web-stepped-down = لم يعد تنسيق هذه المجموعة من مهامّك، وتم تسجيل خروجك. شكرًا على جهودك.
web-alert-someone = شخص يحتاج إلى مساعدة الآن
web-alerts-mine = التنبيهات التي أتولّاها
web-alerts-mine-help = يُرجى الكتابة إلى الشخص، ثم إغلاق التنبيه مع ذكر النتيجة.
web-alert-outcome = النتيجة
web-alert-outcome-choose = اختيار…
web-alert-close = إغلاق التنبيه
web-alert-outcome-missing = يُرجى اختيار النتيجة قبل إغلاق التنبيه.
web-alert-outcomes = التنبيهات حسب القاعدة
web-alert-outcomes-help = نتائج التنبيهات التي أطلقها كل نمط من أنماط الخطر. أعداد فقط، دون أي كلمات من الرسائل، للاستفادة منها في تحسين ملفات الأنماط.
web-alert-rule = القاعدة
web-alert-raised = عدد التنبيهات
web-alert-outcomes-none = لا توجد تنبيهات بعد.
web-helplines-unverified = أرقام مساعدة لم يُتحقَّق منها بعد
web-helplines-unverified-help = تُعرض هذه الأرقام على أشخاص في خطر. يُرجى الاتصال بكل رقم أو التحقق منه ومن ساعات عمله، ثم تسجيل التحقق منه في الدليل.
web-nav-staff = الموظفون
web-invites = منسّقون جدد
web-invites-help = الرمز يجعل من يرسله إلى البوت منسّقًا للمجموعة. أعطه لشخص واحد فقط وبطريقة آمنة.
web-invite-make = إنشاء رمز
web-invites-open = رموز أنشأتها وما زالت صالحة
web-invite-revoke = سحب
web-audit = من فعل ماذا
web-report-posters = الملصقات: كم شخصًا كتب إلى البوت أول مرة عن طريق كل ملصق
web-report-posters-none = لم يكتب أحد إلى البوت من ملصق له مكان في هذا الربع.
web-poster-where = مكان تعليقه
web-poster-opens = الرسائل الأولى
