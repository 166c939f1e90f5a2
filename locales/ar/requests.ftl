# Asking for an offer, following and cancelling requests, and free questions.

note-prompt =
    طلبك: { $offer }
    هل تريد إضافة ملاحظة قصيرة؟ مثلًا: «نحن شخصان بالغان وثلاثة أطفال» أو «الأفضل بعد الساعة الثالثة عصرًا».
    لا تكتب أرقام الهواتف أو العناوين أو معلومات عن الصحة.
note-skip = ⬅️ أرسل دون ملاحظة
note-cancel = ✖️ إلغاء
note-empty = من فضلك اكتب بضع كلمات، أو اضغط «أرسل دون ملاحظة».
request-sent = شكرًا! تم إرسال طلبك «{ $offer }». سيكتب لك متطوع هنا.
request-exists = لقد طلبت «{ $offer }» من قبل. يمكنك متابعة طلبك في «طلباتي».

my-requests-title = طلباتك:
my-requests-none = ليس لديك طلبات بعد.
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
request-cancel-confirm = هل تريد إلغاء طلبك «{ $offer }»؟
request-cancel-yes = نعم، ألغِ الطلب
request-cancel-no = لا، أبقِ الطلب
request-cancelled = تم إلغاء طلبك «{ $offer }».

question-prompt = اكتب سؤالك في رسالة واحدة. سيجيبك منسّق من البلدية هنا.
question-sent = شكرًا. تم إرسال سؤالك. سيجيبك منسّق هنا.
request-volunteer-left = الشخص المتطوع الذي كان يساعدك في «{ $offer }» لم يعد متاحًا. طلبك مفتوح من جديد، ونبحث عن شخص آخر. لا تحتاج إلى فعل أي شيء.
