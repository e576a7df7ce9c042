"""The bot's own words, in Indonesian (``id``) and English (``en``).

Quotes from sources are never translated; only these labels and messages are.
"""

from __future__ import annotations

from index.language import detect_language

__all__ = ["MESSAGES", "t", "detect_language"]

MESSAGES: dict[str, dict[str, str]] = {
    "start": {
        "en": (
            "Hello! I answer questions about Korea's e-Government programmes, in English or Indonesian, "
            "by quoting my sources: interviews and reports. Every answer names the document and paragraph "
            "it comes from.\n\nTry: How much did Korea earn from e-government exports in 2010?\n\n/help for more."
        ),
        "id": (
            "Halo! Saya menjawab pertanyaan tentang program e-Government Korea, dalam bahasa Indonesia atau "
            "Inggris, dengan mengutip sumber saya: wawancara dan laporan. Setiap jawaban menyebut dokumen dan "
            "paragraf asalnya.\n\nCoba: Berapa nilai ekspor e-Government Korea pada tahun 2010?\n\n/help untuk bantuan."
        ),
    },
    "help": {
        "en": (
            "Send me a question as a normal message, in English or Indonesian.\n"
            "I reply with the exact sentences from my sources that answer it, with the document, year and "
            "paragraph, and figures exactly as the source writes them. When my sources do not say, I tell you "
            "so instead of guessing.\n\n"
            "Commands:\n/start - introduction\n/help - this help\n"
            "/check CLAIM - check a claim's figures against my sources"
        ),
        "id": (
            "Kirim pertanyaan sebagai pesan biasa, dalam bahasa Indonesia atau Inggris.\n"
            "Saya membalas dengan kalimat persis dari sumber yang menjawabnya, beserta dokumen, tahun dan "
            "paragrafnya, dan angka persis seperti tertulis di sumber. Bila sumber saya tidak menyebutkannya, "
            "saya katakan terus terang, tanpa menebak.\n\n"
            "Perintah:\n/start - perkenalan\n/help - bantuan ini\n"
            "/cek KLAIM - periksa angka sebuah klaim dengan sumber saya"
        ),
    },
    # small talk (bot.engine.small_talk): a greeting gets the introduction ("start", below the table)
    "thanks": {
        "en": "You're welcome! Ask me anything else about what my sources say.",
        "id": "Sama-sama! Silakan tanyakan hal lain tentang isi sumber saya.",
    },
    "help_asked": {
        "en": (
            "I answer questions from my sources (interviews and reports on e-government) with the exact "
            "sentences that answer them, the document, year and paragraph, and figures exactly as written; "
            "when my sources do not say, I tell you so. Ask in English or Indonesian.\n\n"
            "Try: How much did Korea earn from e-government exports in 2010?\n"
            "/check CLAIM checks a claim's figures against my sources; /help lists the commands."
        ),
        "id": (
            "Saya menjawab pertanyaan dari sumber saya (wawancara dan laporan tentang e-government) dengan "
            "kalimat persis yang menjawabnya, beserta dokumen, tahun dan paragrafnya, dan angka persis seperti "
            "tertulis; bila sumber saya tidak menyebutkannya, saya katakan terus terang. Bertanyalah dalam "
            "bahasa Indonesia atau Inggris.\n\n"
            "Coba: Berapa nilai ekspor e-Government Korea pada tahun 2010?\n"
            "/cek KLAIM memeriksa angka sebuah klaim dengan sumber saya; /help berisi daftar perintah."
        ),
    },
    "answer_intro": {"en": "According to my sources:", "id": "Menurut sumber saya:"},
    "source": {"en": "Source", "id": "Sumber"},
    "paragraph": {"en": "paragraph", "id": "paragraf"},
    "page": {"en": "page", "id": "halaman"},
    "paragraphs": {"en": "paragraphs", "id": "paragraf"},
    "pages": {"en": "pages", "id": "halaman"},
    "figures": {"en": "Figures", "id": "Angka"},
    # a figure the quote's own source replaces (an erratum's old figure, the 3.2 of "4.1 days, not 3.2 days")
    "superseded": {"en": "superseded", "id": "sudah diralat"},
    "declined": {
        "en": "I don't know: the sources I have don't say this.",
        "id": "Saya tidak tahu: sumber yang saya miliki tidak menyebutkan hal ini.",
    },
    "no_total": {
        "en": "I don't know: my sources give each one's figure, not their total (I add up no figures myself).",
        "id": "Saya tidak tahu: sumber saya menyebut angka masing-masing, bukan totalnya (saya tidak menjumlahkan angka sendiri).",
    },
    "no_average": {
        "en": "I don't know: my sources give each one's figure, not their average (I compute no figures myself).",
        "id": "Saya tidak tahu: sumber saya menyebut angka masing-masing, bukan rata-ratanya (saya tidak menghitung angka sendiri).",
    },
    "no_year_total": {
        "en": "I don't know: my sources give the figure of each part of that year (quarter or month), not the whole year's (I add up no figures myself).",
        "id": "Saya tidak tahu: sumber saya menyebut angka tiap bagian tahun itu (triwulan atau bulan), bukan angka setahun penuh (saya tidak menjumlahkan angka sendiri).",
    },
    "read_as": {"en": "Read as", "id": "Dibaca sebagai"},
    "needs_previous": {
        "en": "That reads like a follow-up, but I have no earlier question to read it with. "
              "Please ask the whole question, e.g. \"What was the export value in 2012?\"",
        "id": "Itu tampaknya pertanyaan lanjutan, tetapi tidak ada pertanyaan sebelumnya untuk "
              "memahaminya. Mohon tulis pertanyaan lengkapnya, misalnya \"Berapa nilai ekspor pada tahun 2012?\"",
    },
    "closest": {
        "en": "Closest match (not an answer)",
        "id": "Kutipan terdekat (bukan jawaban)",
    },
    "quote_language_note": {
        "en": "(quoted in the source's language)",
        "id": "(dikutip dalam bahasa sumber)",
    },
    "error": {
        "en": "Sorry, something went wrong while answering. Please try again in a moment.",
        "id": "Maaf, terjadi kesalahan saat menjawab. Silakan coba lagi sebentar lagi.",
    },
    "not_text": {
        "en": "I can only read text messages. Please type your question.",
        "id": "Saya hanya bisa membaca pesan teks. Silakan ketik pertanyaan Anda.",
    },
    "empty": {
        "en": "Please type a question, for example: What are smart work centers?",
        "id": "Silakan ketik pertanyaan, misalnya: Apa itu pusat kerja pintar?",
    },
    "too_long": {
        "en": "That message is too long for me. Please ask one short question (under {limit} characters).",
        "id": "Pesan itu terlalu panjang. Silakan ajukan satu pertanyaan singkat (di bawah {limit} karakter).",
    },
    # -- Telegram face (bot/telegram_app.py) ------------------------------------------
    "tg_help": {
        "en": (
            "Send me a question as a normal message, in English or Indonesian. I reply with the exact "
            "sentences from my sources that answer it, with the document, year and paragraph, and figures "
            "exactly as the source writes them. When my sources do not say, I tell you so instead of guessing.\n\n"
            "Under each answer: Sources (the full quotes and where they are), More (other passages I found), "
            "and buttons to tell me whether the answer helped. A short follow-up (\"And in 2012?\", "
            "\"What about Vietnam?\") is read with your previous question; my reply says how I read it.\n\n"
            "To check a claim, send /check followed by it, e.g. /check Korea's e-government exports were "
            "USD 200 million in 2010. I compare its figures with my sources and reply supported, contradicted "
            "(with the source's figure), partly supported or not in my sources, with the quotes.\n\n"
            "Commands:\n"
            "/start - introduction\n"
            "/help - this help\n"
            "/check CLAIM or /cek CLAIM - check a claim's figures against my sources\n"
            "/lang id or /lang en - the language of my replies\n"
            "/sources - the documents I quote from\n"
            "/about - what I can and cannot do\n\n"
            "In a group, mention me (@{username}) or reply to one of my messages."
        ),
        "id": (
            "Kirim pertanyaan sebagai pesan biasa, dalam bahasa Indonesia atau Inggris. Saya membalas dengan "
            "kalimat persis dari sumber yang menjawabnya, beserta dokumen, tahun dan paragrafnya, dan angka "
            "persis seperti tertulis di sumber. Bila sumber saya tidak menyebutkannya, saya katakan terus terang, "
            "tanpa menebak.\n\n"
            "Di bawah setiap jawaban: Sumber (kutipan lengkap dan letaknya), Lainnya (bagian lain yang saya temukan), "
            "dan tombol untuk memberi tahu apakah jawaban itu membantu. Pertanyaan lanjutan yang singkat "
            "(\"Dan tahun 2012?\", \"Bagaimana dengan Vietnam?\") dibaca bersama pertanyaan Anda sebelumnya; "
            "balasan saya menyebutkan cara saya membacanya.\n\n"
            "Untuk memeriksa sebuah klaim, kirim /cek diikuti klaimnya, misalnya: /cek Ekspor e-Government Korea "
            "pada 2010 mencapai USD 200 juta. Saya membandingkan angkanya dengan sumber saya dan menjawab didukung, "
            "bertentangan (dengan angka dari sumber), didukung sebagian, atau tidak ditemukan, beserta kutipannya.\n\n"
            "Perintah:\n"
            "/start - perkenalan\n"
            "/help - bantuan ini\n"
            "/cek KLAIM atau /check KLAIM - periksa angka sebuah klaim dengan sumber saya\n"
            "/lang id atau /lang en - bahasa balasan saya\n"
            "/sources - dokumen yang saya kutip\n"
            "/about - apa yang bisa dan tidak bisa saya lakukan\n\n"
            "Di grup, sebut saya (@{username}) atau balas salah satu pesan saya."
        ),
    },
    "about": {
        "en": (
            "I answer questions about Korea's e-Government programmes from a fixed collection of interviews and "
            "reports (/sources). My answers are quotes: sentences copied exactly from those documents, each with "
            "its source, so you can check them. I do not write answers of my own, I do not search the internet, "
            "and I know nothing beyond these documents: when they do not say, I tell you so. Quotes stay in the "
            "language of their source."
        ),
        "id": (
            "Saya menjawab pertanyaan tentang program e-Government Korea dari kumpulan tetap wawancara dan laporan "
            "(/sources). Jawaban saya adalah kutipan: kalimat yang disalin persis dari dokumen tersebut, masing-masing "
            "dengan sumbernya, sehingga Anda dapat memeriksanya. Saya tidak mengarang jawaban sendiri, tidak mencari "
            "di internet, dan tidak tahu apa pun di luar dokumen ini: bila dokumen tidak menyebutkannya, saya katakan "
            "terus terang. Kutipan tetap dalam bahasa sumbernya."
        ),
    },
    "cmd_start": {"en": "Introduction", "id": "Perkenalan"},
    "cmd_help": {"en": "How to ask, and the commands", "id": "Cara bertanya dan daftar perintah"},
    "cmd_lang": {"en": "Reply language: /lang id or /lang en", "id": "Bahasa balasan: /lang id atau /lang en"},
    "cmd_sources": {"en": "The documents I quote from", "id": "Dokumen yang saya kutip"},
    "cmd_about": {"en": "What I can and cannot do", "id": "Apa yang bisa dan tidak bisa saya lakukan"},
    "cmd_reload": {"en": "Admin: switch to the newest index", "id": "Admin: pakai indeks terbaru"},
    "cmd_stats": {"en": "Admin: usage and feedback counts", "id": "Admin: jumlah pertanyaan dan masukan"},
    "lang_set": {
        "en": "From now on I reply in English.",
        "id": "Mulai sekarang saya membalas dalam bahasa Indonesia.",
    },
    "lang_usage": {
        "en": "Choose the language of my replies: /lang id (Indonesian) or /lang en (English).",
        "id": "Pilih bahasa balasan saya: /lang id (Indonesia) atau /lang en (Inggris).",
    },
    "sources_header": {"en": "Documents I quote from ({count}):", "id": "Dokumen yang saya kutip ({count}):"},
    "sources_empty": {"en": "No documents are indexed yet.", "id": "Belum ada dokumen yang diindeks."},
    "answer_sources_header": {"en": "Sources of this answer:", "id": "Sumber jawaban ini:"},
    "more_header": {
        "en": "Other passages I found (they may not answer the question):",
        "id": "Bagian lain yang saya temukan (mungkin tidak menjawab pertanyaan):",
    },
    "no_more": {"en": "No other passages for this question.", "id": "Tidak ada bagian lain untuk pertanyaan ini."},
    "btn_sources": {"en": "📚 Sources", "id": "📚 Sumber"},
    "btn_more": {"en": "➕ More", "id": "➕ Lainnya"},
    "btn_helpful": {"en": "👍 Helpful", "id": "👍 Membantu"},
    "btn_not_helpful": {"en": "👎 Not helpful", "id": "👎 Tidak membantu"},
    "feedback_thanks": {"en": "Thank you for your feedback.", "id": "Terima kasih atas masukan Anda."},
    "feedback_changed": {"en": "Your feedback was updated.", "id": "Masukan Anda telah diperbarui."},
    "feedback_same": {"en": "Your feedback was already recorded.", "id": "Masukan Anda sudah tercatat."},
    "expired": {
        "en": "This button has expired. Please ask your question again.",
        "id": "Tombol ini sudah kedaluwarsa. Silakan ajukan pertanyaan Anda lagi.",
    },
    "slow_down": {
        "en": "You are asking faster than I can answer ({limit} questions a minute). Please wait a moment.",
        "id": "Anda bertanya lebih cepat dari yang bisa saya jawab ({limit} pertanyaan per menit). Mohon tunggu sebentar.",
    },
    "not_allowed": {
        "en": "Sorry, this bot is only available to registered users.",
        "id": "Maaf, bot ini hanya tersedia untuk pengguna terdaftar.",
    },
    "admin_only": {
        "en": "Sorry, this command is for administrators only.",
        "id": "Maaf, perintah ini hanya untuk administrator.",
    },
    "edited": {
        "en": "I only answer new messages. Please send your corrected question as a new message.",
        "id": "Saya hanya menjawab pesan baru. Silakan kirim pertanyaan yang sudah diperbaiki sebagai pesan baru.",
    },
    "unknown_command": {
        "en": "I don't know that command. /help lists what I can do.",
        "id": "Saya tidak mengenal perintah itu. /help berisi daftar yang bisa saya lakukan.",
    },
    "reload_switched": {
        "en": "Switched to index version {version}: {documents} documents, {passages} passages.",
        "id": "Beralih ke indeks versi {version}: {documents} dokumen, {passages} bagian.",
    },
    "reload_same": {
        "en": "Already on the newest index version {version}: {documents} documents, {passages} passages.",
        "id": "Sudah memakai indeks terbaru versi {version}: {documents} dokumen, {passages} bagian.",
    },
    "stats": {
        "en": (
            "Questions answered: {answered}\nQuestions declined: {declined}\n"
            "Feedback: {helpful} helpful, {not_helpful} not helpful\nIndex version: {version}"
        ),
        "id": (
            "Pertanyaan dijawab: {answered}\nPertanyaan ditolak: {declined}\n"
            "Masukan: {helpful} membantu, {not_helpful} tidak membantu\nVersi indeks: {version}"
        ),
    },
    # -- fact-checking (bot/factcheck.py, /check, /cek, egov-bot check) ---------------------
    "cmd_check": {"en": "Check a claim: /check CLAIM", "id": "Periksa klaim: /check KLAIM"},
    "cmd_cek": {"en": "Check a claim (same as /check): /cek CLAIM", "id": "Periksa klaim: /cek KLAIM"},
    "check_usage": {
        "en": (
            "Send the claim after the command, for example:\n"
            "/check Korea's e-government exports were USD 148.76 million in 2010\n"
            "I compare its figures with my sources and say whether they support it."
        ),
        "id": (
            "Kirim klaim setelah perintahnya, misalnya:\n"
            "/cek Ekspor e-Government Korea pada 2010 mencapai USD 148,76 juta\n"
            "Saya membandingkan angkanya dengan sumber saya dan menyatakan apakah sumber mendukungnya."
        ),
    },
    "claim": {"en": "Claim", "id": "Klaim"},
    "verdict": {"en": "Verdict", "id": "Hasil"},
    "verdict_supported": {"en": "Supported by the sources", "id": "Didukung sumber"},
    "verdict_contradicted": {"en": "Contradicted by the sources", "id": "Bertentangan dengan sumber"},
    "verdict_partly_supported": {"en": "Partly supported", "id": "Didukung sebagian"},
    "verdict_not_found": {"en": "Not in my sources", "id": "Tidak ditemukan dalam sumber saya"},
    "source_inconsistent": {"en": "Source inconsistency", "id": "Sumber tidak konsisten"},
    "sources_disagree": {"en": "Sources disagree", "id": "Sumber berbeda"},
    "fc_peak_unstated": {
        "en": "{claimed}: my sources write this year, but no source says the figure peaked then.",
        "id": "{claimed}: sumber saya menyebut tahun ini, tetapi tidak ada sumber yang menyatakan angkanya mencapai puncak saat itu.",
    },
    "fc_which_ok": {
        "en": "{claimed}: of the {rows} rows of this table ({column}), the {extreme} is {claimed}'s.",
        "id": "{claimed}: dari {rows} baris tabel ini ({column}), yang {extreme} adalah {claimed}.",
    },
    "fc_which_differs": {
        "en": "{claimed}: wrong; of the {rows} rows of this table ({column}), the {extreme} is {other}'s, not {claimed}'s.",
        "id": "{claimed}: salah; dari {rows} baris tabel ini ({column}), yang {extreme} adalah {other}, bukan {claimed}.",
    },
    "fc_which_unstated": {
        "en": "{claimed}: my sources name it, but none says it is the {extreme}.",
        "id": "{claimed}: sumber saya menyebutnya, tetapi tidak ada yang menyatakan bahwa ia yang {extreme}.",
    },
    "fc_extreme_max": {"en": "highest", "id": "tertinggi"},
    "fc_extreme_min": {"en": "lowest", "id": "terendah"},
    "fc_peak_ok": {
        "en": "{claimed}: of the {rows} years' rows of this figure ({column}), the {extreme} is {year}'s.",
        "id": "{claimed}: dari {rows} baris tahunan angka ini ({column}), yang {extreme} adalah tahun {year}.",
    },
    "fc_peak_differs": {
        "en": "{claimed}: wrong; of the {rows} years' rows of this figure ({column}), the {extreme} is {year}'s, not {claimed}'s.",
        "id": "{claimed}: salah; dari {rows} baris tahunan angka ini ({column}), yang {extreme} adalah tahun {year}, bukan {claimed}.",
    },
    "fc_year": {"en": " for {year}", "id": " untuk {year}"},
    "fc_year_inferred": {
        "en": " for {year} (inferred: the sentence does not write the year)",
        "id": " untuk {year} (disimpulkan: kalimatnya tidak menulis tahunnya)",
    },
    "fc_ok": {"en": "{claimed}: the source says {source}{year}.", "id": "{claimed}: sumber menyebut {source}{year}."},
    "fc_differs": {
        "en": "{claimed}: wrong; the source says {source}{year}.",
        "id": "{claimed}: keliru; sumber menyebut {source}{year}.",
    },
    "fc_unconfirmed": {
        "en": "{claimed}: not confirmed; the source only says {source}{year}.",
        "id": "{claimed}: tidak dapat dipastikan; sumber hanya menyebut {source}{year}.",
    },
    "fc_preliminary": {
        "en": "{claimed}: not confirmed; the source gives {source}{year} only as a preliminary figure, not the final one.",
        "id": "{claimed}: tidak dapat dipastikan; sumber menyebut {source}{year} hanya sebagai angka sementara, "
              "bukan angka final.",
    },
    "fc_period": {
        "en": "{claimed}: not confirmed; the source gives {source} as a total over several years, not for one year.",
        "id": "{claimed}: tidak dapat dipastikan; sumber menyebut {source} sebagai total beberapa tahun, "
              "bukan untuk satu tahun.",
    },
    "fc_target": {
        "en": "{claimed}: not confirmed; the source gives {source}{year} only as a plan or target, not as a result.",
        "id": "{claimed}: tidak dapat dipastikan; sumber menyebut {source}{year} hanya sebagai rencana atau target, "
              "bukan hasil.",
    },
    "fc_target_missed": {
        "en": "{claimed}: wrong; that is the target. The source gives the result as {source}{year}.",
        "id": "{claimed}: keliru; itu angka targetnya. Menurut sumber, yang tercapai {source}{year}.",
    },
    "fc_other_year": {
        "en": "{claimed}: wrong year; the source gives {source} for {source_year}, not{year}.",
        "id": "{claimed}: tahunnya keliru; sumber menyebut {source} untuk {source_year}, bukan{year}.",
    },
    "fc_undated": {
        "en": "{claimed}: not confirmed{year}; the source says {source} but does not say for which year.",
        "id": "{claimed}: tidak dapat dipastikan{year}; sumber menyebut {source} tetapi tidak menyebut tahunnya.",
    },
    "fc_missing": {
        "en": "{claimed}: my sources give no figure for this.",
        "id": "{claimed}: sumber saya tidak memuat angka untuk ini.",
    },
    "fc_missing_year": {
        "en": "{claimed}: my sources give no figure{year}; they give {others}.",
        "id": "{claimed}: sumber saya tidak memuat angka{year}; yang ada: {others}.",
    },
    "fc_derived_ok": {
        "en": "{claimed}: matches the source's figures, {to} ({to_year}) against {frm} ({frm_year}): "
              "{ratio} times, {growth}% change (computed).",
        "id": "{claimed}: sesuai dengan angka sumber, {to} ({to_year}) dibanding {frm} ({frm_year}): "
              "{ratio} kali lipat, perubahan {growth}% (dihitung).",
    },
    "fc_derived_differs": {
        "en": "{claimed}: wrong; the source's figures, {to} ({to_year}) against {frm} ({frm_year}), give "
              "{ratio} times, a {growth}% change (computed).",
        "id": "{claimed}: keliru; angka sumber, {to} ({to_year}) dibanding {frm} ({frm_year}), menghasilkan "
              "{ratio} kali lipat, perubahan {growth}% (dihitung).",
    },
    "fc_derived_unconfirmed": {
        "en": "{claimed}: not confirmed; the source's figures, {to} ({to_year}) against {frm} ({frm_year}), give "
              "{ratio} times, a {growth}% change (computed).",
        "id": "{claimed}: tidak dapat dipastikan; angka sumber, {to} ({to_year}) dibanding {frm} ({frm_year}), "
              "menghasilkan {ratio} kali lipat, perubahan {growth}% (dihitung).",
    },
    "fc_change_ok": {
        "en": "{claimed}: matches the source's figures, {to} ({to_year}) against {frm} ({frm_year}): a change of "
              "{change} (computed).",
        "id": "{claimed}: sesuai dengan angka sumber, {to} ({to_year}) dibanding {frm} ({frm_year}): selisih "
              "{change} (dihitung).",
    },
    "fc_change_differs": {
        "en": "{claimed}: wrong; the source's figures, {to} ({to_year}) against {frm} ({frm_year}), give a change "
              "of {change} (computed).",
        "id": "{claimed}: keliru; angka sumber, {to} ({to_year}) dibanding {frm} ({frm_year}), menghasilkan "
              "selisih {change} (dihitung).",
    },
    "fc_unread": {
        "en": "I cannot read the figure “{figure}” in the claim, so I do not judge the claim.",
        "id": "Saya tidak dapat membaca angka “{figure}” dalam klaim, jadi klaim ini tidak saya nilai.",
    },
    "fc_another_agent": {
        "en": "The quoted sentence names someone else as the one who did this, not {names}.",
        "id": "Kalimat yang dikutip menyebut pihak lain sebagai pelakunya, bukan {names}.",
    },
    "fc_names_unquoted": {
        "en": "My sources for this figure do not name {names}.",
        "id": "Sumber saya untuk angka ini tidak menyebut {names}.",
    },
    "fc_names_ok": {
        "en": "The claim has no figures to check; every name in it occurs in the quoted sentence.",
        "id": "Klaim ini tidak memuat angka untuk diperiksa; semua nama di dalamnya ada dalam kalimat yang dikutip.",
    },
    "fc_for_year": {
        "en": "For {year}: {reason}",
        "id": "Untuk {year}: {reason}",
    },
    "fc_weak": {
        "en": "None of my sources is about this.",
        "id": "Tidak ada sumber saya yang membahas hal ini.",
    },
    "fc_inconsistent": {
        "en": "The source says \u201c{phrase}\u201d, but its own figures, {to} ({to_year}) against {frm} ({frm_year}), "
              "give {ratio} times ({growth}% change).",
        "id": "Sumber menyebut \u201c{phrase}\u201d, tetapi angkanya sendiri, {to} ({to_year}) dibanding {frm} "
              "({frm_year}), menghasilkan {ratio} kali lipat (perubahan {growth}%).",
    },
    "fc_inconsistent_reading": {
        "en": "The source says \u201c{phrase}\u201d, but no reading of {number} matches its own figures, {to} "
              "({to_year}) against {frm} ({frm_year}): {ratio} times, a {growth}% change.",
        "id": "Sumber menyebut \u201c{phrase}\u201d, tetapi tidak ada pembacaan {number} yang cocok dengan angkanya "
              "sendiri, {to} ({to_year}) dibanding {frm} ({frm_year}): {ratio} kali lipat, perubahan {growth}%.",
    },
    "fc_conflict": {
        "en": "{title}{doc_year} gives {source}{year}.",
        "id": "{title}{doc_year} menyebut {source}{year}.",
    },
    "fc_revised": {
        "en": "An older source, {old_title} ({old_date}), gave {old}; the most recent one, {new_title} "
              "({new_date}), gives another figure, and the claim is judged by it.",
        "id": "Sumber yang lebih lama, {old_title} ({old_date}), menyebut {old}; sumber terbaru, {new_title} "
              "({new_date}), menyebut angka lain, dan klaim dinilai dengan angka terbaru itu.",
    },
    "fc_revision_confirmed": {
        "en": "An older source, {old_title} ({old_date}), gave {old}; the most recent one, {new_title} "
              "({new_date}), gives the claim's figure.",
        "id": "Sumber yang lebih lama, {old_title} ({old_date}), menyebut {old}; sumber terbaru, {new_title} "
              "({new_date}), menyebut angka klaim.",
    },
    "fc_conflict_note": {
        "en": "Another of my sources gives a different figure for the same thing and year (see the warning).",
        "id": "Sumber saya yang lain menyebut angka berbeda untuk hal dan tahun yang sama (lihat peringatan).",
    },
    "fc_inconsistent_note": {
        "en": "The cited source contradicts itself about these figures (see the warning); the verdict follows its "
              "figures, not that statement.",
        "id": "Sumber yang dikutip bertentangan dengan dirinya sendiri tentang angka ini (lihat peringatan); hasil "
              "ini mengikuti angkanya, bukan pernyataan itu.",
    },
}


MESSAGES["greeting"] = MESSAGES["start"]


def t(key: str, lang: str, **kwargs: object) -> str:
    """The message ``key`` in ``lang`` (``"id"`` or ``"en"``; anything else gives English).

    Raises:
        KeyError: unknown ``key``.
    """
    texts = MESSAGES[key]
    text = texts.get(lang) or texts["en"]
    return text.format(**kwargs) if kwargs else text
