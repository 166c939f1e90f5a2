# صفحة المنسّقين على الإنترنت.
web-title = فيلكومن · المنسّقون
web-nav-dashboard = نظرة عامة
web-nav-broadcast = إعلان جديد
web-logout = تسجيل الخروج
web-language = اللغة
web-back = العودة إلى النظرة العامة
web-urgent = نداءات المساعدة العاجلة التي لم يتولّها أحد بعد
web-pending = متطوعون ينتظرون الموافقة
web-pending-none = لا أحد ينتظر الموافقة.
web-approve = موافقة
web-decline = رفض
web-open-requests = طلبات لم يتولّها أحد، الأقدم أولًا
web-open-requests-none = تم تولّي جميع الطلبات.
web-take = سأتولّاه بنفسي
web-request-offer = النشاط
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
web-audience-both = الفئتان معًا
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
web-text-help = يُرجى الكتابة بأكبر عدد ممكن من اللغات. من لا يوجد نص بلغته يصله النص بأقرب لغة يقرؤها.
web-preview = كيف يظهر في المحادثة
web-send = الإرسال الآن
web-error-no-text = يُرجى كتابة الإعلان بلغة واحدة على الأقل.
web-error-too-long = هذا النص طويل جدًا. الحد الأقصى لعدد الأحرف: { $max }
web-error-unreached = لن يصل شيء إلى قرّاء هذه اللغة. يُرجى الكتابة هنا، أو بالإنجليزية أو الدنماركية.
web-report-title = توصيل الإعلان رقم { $id }
web-report-refresh = تحديث
web-report-status = الحالة
web-report-count = العدد
web-log-in =
    يُرجى تسجيل الدخول. للحصول على رابط الدخول، يُرجى إرسال هذا الأمر إلى البوت في تيليغرام أو ديسكورد:
    /web
web-session-ended =
    انتهت جلستك، أو سُجّل خروجك. للحصول على رابط جديد، يُرجى إرسال هذا الأمر إلى البوت:
    /web
web-forbidden = لا يُسمح لك برؤية هذا أو تغييره.
web-form-expired = انتهت صلاحية هذا النموذج، ولم يتغيّر شيء. يُرجى الرجوع، وإعادة تحميل الصفحة، ثم المحاولة مرة أخرى.
web-busy = كانت هناك محاولات دخول كثيرة جدًا. يُرجى الانتظار دقيقة، ثم المحاولة مرة أخرى.
web-link-used =
    هذا الرابط استُخدم من قبل، أو انتهت صلاحيته. للحصول على رابط جديد، يُرجى إرسال هذا الأمر إلى البوت:
    /web
web-login-title = تسجيل الدخول إلى فيلكومن
web-login-help = يُرجى الضغط على الزر لتسجيل الدخول على هذا الجهاز. يعمل الرابط مرة واحدة فقط.
web-login-button = تسجيل الدخول
web-logged-out = لقد سجّلت الخروج.
web-went-wrong = حدث خطأ من جهتنا. لم يضِع شيء. يُرجى المحاولة مرة أخرى.
web-nav-posters = الملصقات
web-posters-help = يُرجى فتح ملصق النشاط وطباعته من المتصفح. رمز QR على الملصق يفتح النشاط في تيليغرام بلغة القارئ.
web-poster-place = أين سيُعلَّق الملصق (يُطبع في أسفله، اختياري)
web-poster-none = الملصقات يلزمها اسم مستخدم البوت في تيليغرام. يُرجى ضبط هذا الإعداد: { $setting }
web-poster-set-place = إضافته إلى الملصقات
web-answer-in = إجابتك، باللغة
web-answer-send = إرسال الإجابة
web-questions-none = لا توجد أسئلة تنتظر إجابة.
web-nav-questions = الإجابة عن الأسئلة
web-error-no-words = يُرجى كتابة بضع كلمات أولًا.
web-nav-report = التقرير
web-report-quarters = أرباع السنة
web-report-csv = تنزيل بصيغة CSV
web-report-empty = لا توجد في هذا التقرير أي مجموعة من مجموعاتك.
web-report-print = لتوزيع التقرير في الاجتماع الربع سنوي، يُرجى طباعة هذه الصفحة من المتصفح.
web-report-no-quarter = لا يوجد ربع سنة بهذا الاسم. يُرجى اختيار ربع من القائمة.
web-report-questions = أسئلة القادمين الجدد: طُرح { $asked }، وأُجيب عن { $answered }.
web-chart-requests = الطلبات في كل مجموعة
web-chart-taken = تولّاها متطوع
web-chart-not-taken = لم يتولّها أحد
web-chart-hours = الساعات حتى تولّى متطوع الطلب
web-chart-hours-legend = ساعات (الوسيط)
web-col-received = الطلبات
web-col-claimed = تم تولّيها
web-col-done = اكتملت
web-col-cancelled = أُلغيت
web-col-hours = ساعات حتى التولّي (الوسيط)
web-col-escalated = أُحيلت إلى المنسّقين
web-col-open = ما زالت مفتوحة
web-col-volunteers = متطوعون نشطون
web-col-pending = متطوعون ينتظرون
web-col-events = الفعاليات
web-col-going = قالوا إنهم سيحضرون
web-nav-offers = الأنشطة والخدمات
web-offers-help = يُرجى إبقاء أنشطة مجموعاتك صحيحة: تعليم كل نشاط بأنه رُوجع، وكتابته بكل اللغات. وقرّاء اللغة المعلَّمة بأنها ناقصة يقرؤون النص بلغة قريبة.
web-offers-none = لا توجد أنشطة لمجموعاتك.
web-offer-verified = رُوجع في
web-offer-never-verified = لم يُراجَع أبدًا
web-offer-stale = لم يُراجَع منذ نصف سنة
web-offer-missing = ناقص
web-offer-verify = ما زال صحيحًا اليوم
web-offer-save = حفظ
web-offer-title = اسم النشاط
web-offer-description = ما هو
web-offer-when = متى
web-offer-where = أين
web-offer-fallback = لا يوجد نص بهذه اللغة بعد. في الأسفل النص باللغة { $language }: يُرجى الكتابة فوقه، ثم الحفظ.
web-nav-requests = الطلبات
web-all-languages = كل اللغات
web-older-than = عمرها هذا العدد من الأيام على الأقل
web-filter = إظهار
web-hand-to = إسناده إلى
web-hand = إسناد
web-requests-none = لا توجد طلبات مطابقة.
web-status-open = لم يتولّه أحد
web-status-claimed = تم تولّيه
web-status-done = اكتمل
web-status-cancelled = أُلغي
web-status-all = الكل
web-session-ended-kept =
    انتهت جلستك قبل الإرسال، فلم يُرسَل أو يُحفَظ شيء. كلماتك في الأسفل، ويُرجى نسخها أولًا. للحصول على رابط جديد، يُرجى إرسال هذا الأمر إلى البوت:
    /web
    وبعد الدخول، يمكن لصق الكلمات من جديد.
web-nav-events = الفعاليات
web-event-title = العنوان
web-event-when = متى
web-event-going = سيحضرون
web-event-not-going = لن يحضروا
web-event-announce = الإعلان عنها
web-events-none = لا توجد فعاليات لمجموعاتك بعد.
web-event-new = فعالية جديدة
web-event-help = يُرجى كتابة العنوان وبضعة أسطر بأكبر عدد ممكن من اللغات. ومن يسجّل حضوره يصله تذكير في الوقت المختار في الأسفل.
web-event-create = إنشاء الفعالية
web-error-time = يُرجى كتابة التاريخ والوقت.
web-error-past = هذا الوقت قد مضى. يُرجى كتابة وقت قادم.
web-preview-fit = تيليغرام: { $telegram } من 4096 حرفًا · ديسكورد: { $discord } من 2000
web-preview-split = { PLURAL($parts) ->
        [zero] يصل إلى ديسكورد في { $parts } رسالة.
        [one] يصل إلى ديسكورد في رسالة واحدة.
        [two] يصل إلى ديسكورد في رسالتين.
        [few] يصل إلى ديسكورد في { $parts } رسائل.
        [many] يصل إلى ديسكورد في { $parts } رسالة.
       *[other] يصل إلى ديسكورد في { $parts } رسالة.
    }
web-send-at = الإرسال لاحقًا
web-send-at-help = للإرسال الآن، يُترك الحقل فارغًا. والإعلان المؤجَّل يصل إلى من يصلهم الآن.
web-report-scheduled = سيُرسَل في { $when }. يمكنك إلغاؤه حتى ذلك الوقت.
web-report-failures = لماذا لم يصل بعضها
web-report-reason = السبب
web-unreachable-telegram = حظر البوت
web-unreachable-discord = الرسائل المباشرة مغلقة
web-close-why = سبب الإغلاق
web-close = إغلاق
web-close-helped = تمّت المساعدة
web-close-no-volunteer = لم يستطع أحد أن يتولّاه
web-close-no-answer = لم يصل أي رد
web-close-duplicate = طُلب مرتين أو عن طريق الخطأ
web-offer-retire = إخراج من الدليل
web-offer-bring-back = إعادة إلى الدليل
web-offer-retired = خارج الدليل
web-offer-retired-now = أُخرج النشاط من الدليل. لن يراه القادمون الجدد بعد الآن. والطلبات المرسلة من قبل تبقى كما هي.
web-offer-back-now = عاد النشاط إلى الدليل.
web-event-edit = تعديل
web-event-edit-help = من سجّل حضوره يصله إشعار إذا تغيّر الوقت أو المكان.
web-event-save = حفظ التعديلات
web-event-changed = تم تعديل الفعالية.
web-cancel = إلغاء
web-remind = تذكير من سيحضرون
web-remind-0 = بلا تذكير
web-remind-2 = قبل ساعتين
web-remind-24 = في اليوم السابق
web-remind-48 = قبل يومين
web-remind-168 = قبل أسبوع
web-chart-p90-legend = تسعة من كل عشرة خلال
web-chart-languages = الطلبات حسب اللغة
web-chart-kinds = الطلبات حسب نوع النشاط
web-chart-requests-legend = طلبات
web-col-p90 = ساعات: تسعة من كل عشرة خلال
web-alert-button = ضغط على «أحتاج إلى مساعدة الآن»
web-alert-help = قد يكون شخص ما في خطر. يُرجى تولّي الأمر عند القدرة على الكتابة إليه الآن، وعندها لا يُستدعى الآخرون.
web-alert-answer = الكتابة إليه في صفحة الأسئلة
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
web-helplines-unverified-help = تظهر هذه الأرقام لأشخاص في خطر. يُرجى الاتصال بكل رقم أو التحقق منه ومن ساعات عمله، ثم تسجيل التحقق منه في الدليل.
web-nav-staff = الموظفون
web-invites = منسّقون جدد
web-invites-help = الرمز يجعل من يرسله إلى البوت منسّقًا للمجموعة. يُرجى إعطاؤه لشخص واحد فقط، وبطريقة آمنة.
web-invite-make = إنشاء رمز
web-invites-open = رموز أنشأتها وما زالت صالحة
web-invite-revoke = سحب
web-audit = من فعل ماذا
web-report-posters = الملصقات: كم شخصًا كتب إلى البوت أول مرة عن طريق كل ملصق
web-report-posters-none = لم يكتب أحد إلى البوت من ملصق له مكان في هذا الربع.
web-poster-where = مكان تعليقه
web-poster-opens = الرسائل الأولى

## Accessibility: the skip link, the folding menu, a form's error summary, hidden headings.
web-skip = الانتقال إلى المحتوى
web-menu = القائمة
web-errors-title = يُرجى التحقق من هذا قبل المتابعة:
web-actions = ما يمكن فعله
web-request-number = الرقم
web-offer-tabs = النص بكل لغة
web-chart-numbers = إظهار الأرقام

## The accessibility statement (tilgængelighedserklæring) at /was.
web-was-title = بيان إمكانية الوصول
web-was-intro = هدف { $operator } أن يتمكّن الجميع من استخدام هذه الصفحة. يخصّ هذا البيان صفحة المنسّقين في فيلكومن على العنوان { $url }.
web-was-status-heading = مدى إمكانية الوصول إلى الصفحة
web-was-status-full = حسب علمنا، تستوفي الصفحة متطلبات قانون إمكانية الوصول إلى المواقع الإلكترونية: WCAG 2.1، المستوى AA.
web-was-status-partly = تستوفي الصفحة جزءًا من متطلبات قانون إمكانية الوصول إلى المواقع الإلكترونية (WCAG 2.1، المستوى AA). وما لا يعمل بعد مذكور في الأسفل.
web-was-issues-heading = ما لم تتحقق فيه إمكانية الوصول بعد
web-was-issues-none = لا نعرف أي جزء من الصفحة لم تتحقق فيه إمكانية الوصول.
web-was-method-heading = كيف فحصنا الصفحة
web-was-method = في كل مرة يتغيّر فيها البرنامج، تُفحص كل الصفحات تلقائيًا بأداة axe-core. ويشمل الفحص كل اللغات، على شاشة الحاسوب وشاشة الهاتف. ويفحص أيضًا استخدام لوحة المفاتيح، وإطار التركيز، والعناوين، واللغات، ونصوص الرسوم البيانية.
web-was-contact-heading = إبلاغنا بمشكلة
web-was-contact = إذا كان استخدام شيء في الصفحة صعبًا أو غير ممكن، يُرجى إبلاغنا. سنقدّم المساعدة ونُصلح المشكلة.
web-was-email = البريد الإلكتروني
web-was-phone = الهاتف
web-was-complaint-heading = لتقديم شكوى
web-was-complaint = في حال عدم الرضا عن ردّنا، يمكن تقديم شكوى إلى الوكالة الدنماركية للحكومة الرقمية (Digitaliseringsstyrelsen). فهي الجهة التي تراقب تطبيق قانون إمكانية الوصول إلى المواقع الإلكترونية.
web-was-made = أُعدّ هذا البيان في { $date }.
