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
pending-title = تسجيلات بانتظار مراجعتك:

open-requests-none = تم تولّي جميع الطلبات.
open-requests-title = طلبات لم يتولّها أحد:
open-request-line = • #{ $request } { $offer } ({ $language }، { $date })
escalation-notice =
    ⏰ لم يتولَّ أحد الطلب #{ $request } بعد: { $offer }
    اللغة: { $language }
    ملاحظة: { $note }
take-myself = 🙋 سأتولّاه بنفسي: #{ $request }
hand-over = 👉 إسناده إلى متطوع: #{ $request }
hand-choose = من سيتولّى الطلب #{ $request }؟
hand-none = لا يوجد في المجموعة متطوعون تمت الموافقة عليهم بعد.
handed = تم إسناد الطلب #{ $request } إلى { $name }.
notice-handed = أسند إليك أحد المنسّقين الطلب #{ $request }: { $offer }. يمكنك الآن الكتابة إلى العائلة.

invite-choose-group = لأي مجموعة هذه الدعوة؟
invite-code = يُرجى إعطاء هذا الرمز للمنسّق الجديد. يصلح الرمز مرة واحدة فقط. لاستخدامه، تُكتب هذه الرسالة: ⁨/start { $code }⁩
invite-used = أصبح لك الآن دور التنسيق في { $group }.
invite-invalid = رمز الدعوة هذا غير معروف أو سبق استخدامه.
