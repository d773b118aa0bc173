#include "AssetValues.h"

#include <QHash>
#include <QRegularExpression>

#include <array>

namespace daicho {

namespace {

// Lower case, no spaces or punctuation: how values are compared with the tables below.
QString folded(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') ||
            c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char('\''))
            continue;
        out += c.toLower();
    }
    return out;
}

template <typename T>
QHash<QString, T> table(std::initializer_list<std::pair<const char*, T>> rows)
{
    QHash<QString, T> t;
    for (const auto& [names, value] : rows) {
        for (const QString& n : QString::fromUtf8(names).split(QLatin1Char('|')))
            t.insert(folded(n.normalized(QString::NormalizationForm_KC)), value);
    }
    return t;
}

template <typename T>
std::optional<T> lookup(const QHash<QString, T>& t, const QString& normalisedValue)
{
    auto it = t.constFind(folded(normalisedValue));
    if (it == t.cend())
        return std::nullopt;
    return *it;
}

QString choices(const QStringList& values)
{
    return values.join(QStringLiteral(", "));
}

// The last few values read on this thread and what they gave: a column of a ledger repeats a
// handful of values, and folding each again cost an import more than the rest of its row. Only
// values that were understood are kept (a message is in the language of its moment).
template <typename T>
class Recent
{
public:
    // What `raw` gave before, or what parse() makes of it now.
    template <typename Parse>
    AssetValues::Parsed<T> get(const QString& raw, Parse parse)
    {
        for (const Entry& e : m_entries) {
            if (e.used && e.raw == raw)
                return e.value;
        }
        AssetValues::Parsed<T> parsed = parse();
        if (const T* v = std::get_if<T>(&parsed)) {
            Entry& e = m_entries[m_next];
            m_next = (m_next + 1) % Size;
            e.raw = raw;
            e.value = *v;
            e.used = true;
        }
        return parsed;
    }

private:
    static constexpr int Size = 4;
    struct Entry
    {
        QString raw;
        T value{};
        bool used = false;
    };
    std::array<Entry, Size> m_entries;
    int m_next = 0;
};

} // namespace

QString AssetValues::normalised(const QString& raw)
{
    // Most cells are plain ASCII, which NFKC leaves as it is.
    bool ascii = true;
    for (QChar c : raw) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    return ascii ? raw.trimmed() : raw.normalized(QString::NormalizationForm_KC).trimmed();
}

AssetValues::Parsed<AssetClass> AssetValues::assetClass(const QString& raw)
{
    thread_local Recent<AssetClass> recent;
    return recent.get(raw, [&]() -> Parsed<AssetClass> {
        static const auto t = table<AssetClass>({
            {"customer|顧客用|顧客|情報資産(顧客用)|customer use", AssetClass::Customer},
            {"test|test environment|試験環境用|試験環境|試験用|試験|情報資産(試験環境用)|テスト|"
             "テスト環境",
             AssetClass::Test},
            {"internal|その他社内用|社内用|社内|その他|情報資産(その他社内用)",
             AssetClass::Internal},
        });
        const QString v = normalised(raw);
        if (auto c = lookup(t, v))
            return *c;
        // Current-language labels too.
        for (AssetClass c : AssetTerms::classes()) {
            if (folded(v) == folded(AssetTerms::label(c)))
                return c;
        }
        QStringList ok;
        for (AssetClass c : AssetTerms::classes())
            ok.append(AssetTerms::key(c) + QStringLiteral(" (") + AssetTerms::label(c) +
                      QLatin1Char(')'));
        return tr("Unknown asset class \"%1\"; expected one of: %2.")
            .arg(raw.trimmed(), choices(ok));
    });
}

AssetValues::Parsed<AssetSubtype> AssetValues::subtype(const QString& raw)
{
    thread_local Recent<AssetSubtype> recent;
    return recent.get(raw, [&]() -> Parsed<AssetSubtype> {
        static const auto t = table<AssetSubtype>({
            {"physical|物理資産|物理|ハードウェア|hardware|機器|設備", AssetSubtype::Physical},
            {"software|ソフトウェア|ソフト", AssetSubtype::Software},
            {"data|データ|情報|電子データ|書類", AssetSubtype::Data},
            {"service|サービス", AssetSubtype::Service},
            {"media|magnetic media|磁気媒体|媒体|記録媒体", AssetSubtype::Media},
        });
        const QString v = normalised(raw);
        if (auto s = lookup(t, v))
            return *s;
        for (AssetSubtype s : AssetTerms::subtypes()) {
            if (folded(v) == folded(AssetTerms::label(s)))
                return s;
        }
        QStringList ok;
        for (AssetSubtype s : AssetTerms::subtypes())
            ok.append(AssetTerms::key(s) + QStringLiteral(" (") + AssetTerms::label(s) +
                      QLatin1Char(')'));
        return tr("Unknown subtype \"%1\"; expected one of: %2.").arg(raw.trimmed(), choices(ok));
    });
}

AssetValues::Parsed<int> AssetValues::cia(const QString& raw, bool zeroBased)
{
    thread_local Recent<int> recent[2]; // 1–3 and 0–2 scales
    return recent[zeroBased ? 1 : 0].get(raw, [&]() -> Parsed<int> {
        static const auto words = table<int>({
            {"high|高|大", 3},
            {"medium|中", 2},
            {"low|低|小", 1},
        });
        const QString v = normalised(raw);
        if (auto w = lookup(words, v))
            return *w;
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok) {
            return zeroBased ? tr("\"%1\" is not a number from 0 to 2.").arg(raw.trimmed())
                             : tr("\"%1\" is not a number from 1 to 3.").arg(raw.trimmed());
        }
        if (zeroBased) {
            if (n < 0 || n > 2)
                return tr("%1 is outside the 0–2 scale.").arg(n);
            return n + 1;
        }
        if (n < 1 || n > 3) {
            QString msg = tr("%1 is outside the 1–3 scale.").arg(n);
            if (n == 0)
                msg +=
                    QLatin1Char(' ') + tr("If the file uses IPA's older 0–2 scale, say so and it "
                                          "is converted.");
            return msg;
        }
        return n;
    });
}

AssetValues::Parsed<bool> AssetValues::yesNo(const QString& raw)
{
    thread_local Recent<bool> recent;
    return recent.get(raw, [&]() -> Parsed<bool> {
        static const auto t = table<bool>({
            {"yes|y|true|t|1|○|〇|◯|●|◎|✓|✔|有|有り|あり|はい|該当|対象", true},
            {"no|n|false|f|0|×|✕|✖|無|無し|なし|いいえ|非該当|対象外|-|ー|―|−", false},
        });
        const QString v = normalised(raw);
        if (v.isEmpty())
            return false;
        if (auto b = lookup(t, v))
            return *b;
        return tr("\"%1\" is not yes or no (write yes/no, ○/×, 有/無 or あり/なし).")
            .arg(raw.trimmed());
    });
}

AssetValues::Parsed<PersonalData> AssetValues::personalData(const QString& raw)
{
    thread_local Recent<PersonalData> recent;
    return recent.get(raw, [&]() -> Parsed<PersonalData> {
        static const auto t = table<PersonalData>({
            {"none|なし|無|no", PersonalData::None},
            {"personal|personal data|個人情報|個人データ", PersonalData::Personal},
            {"special-care|special care|special-care personal data|要配慮個人情報|要配慮",
             PersonalData::SpecialCare},
            {"mynumber|my number|my-number|my number data|特定個人情報|マイナンバー",
             PersonalData::MyNumber},
        });
        const QString v = normalised(raw);
        if (v.isEmpty())
            return PersonalData::None;
        if (auto p = lookup(t, v))
            return *p;
        for (PersonalData p : AssetTerms::personalDataKinds()) {
            if (folded(v) == folded(AssetTerms::label(p)) ||
                folded(v) == folded(AssetTerms::key(p)))
                return p;
        }
        const auto flag = yesNo(raw);
        if (const bool* b = std::get_if<bool>(&flag))
            return *b ? PersonalData::Personal : PersonalData::None;
        QStringList ok;
        for (PersonalData p : AssetTerms::personalDataKinds())
            ok.append(AssetTerms::key(p));
        return tr("Unknown kind of personal data \"%1\"; expected one of: %2, or yes/no.")
            .arg(raw.trimmed(), choices(ok));
    });
}

AssetValues::Parsed<std::optional<Priority>> AssetValues::priority(const QString& raw)
{
    const QString v = normalised(raw).toUpper();
    if (v.isEmpty())
        return std::optional<Priority>();
    if (auto p = AssetTerms::priorityFromKey(v))
        return std::optional<Priority>(*p);
    if (v == QLatin1String("1") || v == QLatin1String("2") || v == QLatin1String("3"))
        return std::optional<Priority>(Priority(v.toInt()));
    return tr("Unknown priority \"%1\"; expected P1, P2 or P3.").arg(raw.trimmed());
}

AssetValues::Parsed<QDate> AssetValues::date(const QString& raw)
{
    thread_local Recent<QDate> recent;
    return recent.get(raw, [&]() -> Parsed<QDate> {
        const QString v = normalised(raw);
        if (v.isEmpty())
            return QDate();
        // The form Daicho writes (YYYY-MM-DD) is read directly; other forms go through the pattern.
        if (v.size() == 10 && v.at(4) == QLatin1Char('-') && v.at(7) == QLatin1Char('-')) {
            int parts[3] = {0, 0, 0};
            bool digits = true;
            for (qsizetype i = 0, part = 0; i < 10 && digits; ++i) {
                if (i == 4 || i == 7) {
                    ++part;
                    continue;
                }
                const char16_t c = v.at(i).unicode();
                digits = c >= u'0' && c <= u'9';
                parts[part] = parts[part] * 10 + (c - u'0');
            }
            if (digits) {
                const QDate d(parts[0], parts[1], parts[2]);
                if (d.isValid())
                    return d;
                return tr("\"%1\" is not a date; write it as 2026-04-01.").arg(raw.trimmed());
            }
        }
        static const QRegularExpression re(
            QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
        const auto m = re.match(v);
        if (m.hasMatch()) {
            const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (d.isValid())
                return d;
        }
        return tr("\"%1\" is not a date; write it as 2026-04-01.").arg(raw.trimmed());
    });
}

QString AssetValues::format(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace daicho
