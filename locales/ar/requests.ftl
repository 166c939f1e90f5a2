# Asking for an offer, following and cancelling requests, and free questions.

note-prompt =
    طلبك: { $offer }
    يمكنك إضافة ملاحظة قصيرة إن أردت، مثلًا: «نحن شخصان بالغان وثلاثة أطفال» أو «الأفضل بعد الساعة الثالثة عصرًا».
    يُرجى عدم كتابة أرقام الهواتف أو العناوين أو معلومات عن الصحة.
note-skip = ⬅️ أرسل دون ملاحظة
note-cancel = ✖️ إلغاء
note-empty = يُرجى كتابة بضع كلمات، أو الضغط على «أرسل دون ملاحظة».
request-sent = شكرًا! تم إرسال طلبك «{ $offer }». سيكتب لك متطوع هنا.
request-exists = لقد طلبت «{ $offer }» من قبل. يمكنك متابعة طلبك في «طلباتي».

my-requests-title = طلباتك:
my-requests-none = ليس لديك طلبات بعد.
my-requests-none-active = لا توجد لديك طلبات مفتوحة.
my-requests-closed = طلبات سابقة:
request-write-button = 💬 مراسلة المتطوع: { $offer }
my-requests-count =
    { PLURAL($count) ->
        [zero] ليس لديك أي طلب.
        [one] لديك طلب واحد.
        [two] لديك طلبان.
        [few] لديك { $count } طلبات.
        [many] لديك { $count } طلبًا.
       *[other] لديك { $count } طلب.
    }
request-line = • { $offer }: { $status }
request-status-open = بانتظار متطوع
request-status-claimed = متطوع يساعدك الآن
request-status-done = مكتمل
request-status-cancelled = ملغى
request-cancel-button = ✖️ إلغاء: { $offer }
request-cancel-confirm = هل نلغي طلبك «{ $offer }»؟
request-cancel-yes = نعم، ألغِ الطلب
request-cancel-no = لا، أبقِ الطلب
request-cancelled = تم إلغاء طلبك «{ $offer }».

question-prompt = يُرجى كتابة سؤالك في رسالة واحدة. سيجيبك موظف في البلدية هنا.
question-sent = شكرًا. تم إرسال سؤالك. سيجيبك موظف في البلدية هنا.
request-family-left = حذفت العائلة صاحبة الطلب رقم { $request } («{ $offer }») بياناتها، لذلك انتهت المحادثة. شكرًا لك على مساعدتك.
request-volunteer-left = الشخص المتطوع الذي كان يساعدك بخصوص «{ $offer }» لم يعد متاحًا. طلبك مفتوح من جديد، ونبحث عن شخص آخر. لا يلزمك فعل أي شيء.
request-closed-helped = أُغلق طلبك «{ $offer }» لأنك حصلت على المساعدة. يسعدنا ذلك. ويمكنك طلب شيء آخر في أي وقت.
request-closed-no-volunteer = نأسف: لم يستطع أحد أن يتولّى طلبك «{ $offer }» هذه المرة، لذلك أُغلق. ويمكنك الطلب مرة أخرى لاحقًا، أو كتابة سؤال إلينا.
request-closed-no-answer = لم يصلنا ردّ منك، لذلك أُغلق طلبك «{ $offer }». وعند الحاجة إليه، يمكن طلبه مرة أخرى.
request-closed-duplicate = أُغلق طلبك «{ $offer }» لأنه أُرسل مرتين أو عن طريق الخطأ. وعند الحاجة إليه، يمكن طلبه مرة أخرى.
