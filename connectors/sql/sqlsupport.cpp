#include "connectors/sql/sqlsupport.h"

#include "connectors/connector.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace miq {

QString quoteIdentifier(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString stripQueryTerminator(const QString &sql)
{
    // A small lexer, so that "--" or ";" inside string literals and quoted identifiers are not
    // mistaken for comments or terminators: keeps everything up to the last character that is
    // neither whitespace, a semicolon nor part of a comment.
    const qsizetype n = sql.size();
    const auto at = [&](qsizetype i) { return i < n ? sql.at(i).unicode() : char16_t(0); };
    const auto isWordChar = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_';
    };
    qsizetype end = 0;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = at(i);
        if (c == u'-' && at(i + 1) == u'-') {
            while (i < n && at(i) != u'\n')
                ++i;
        } else if (c == u'/' && at(i + 1) == u'*') {
            int depth = 1; // PostgreSQL nests block comments
            i += 2;
            while (i < n && depth > 0) {
                if (at(i) == u'/' && at(i + 1) == u'*') {
                    ++depth;
                    i += 2;
                } else if (at(i) == u'*' && at(i + 1) == u'/') {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
        } else if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const char16_t close = c == u'[' ? u']' : c;
            ++i;
            while (i < n) {
                if (at(i) == close) {
                    if (close != u']' && at(i + 1) == close) { // doubled quote = escaped quote
                        i += 2;
                        continue;
                    }
                    break;
                }
                ++i;
            }
            i = std::min(i + 1, n);
            end = i;
        } else if (c == u'$' && (i == 0 || !isWordChar(at(i - 1)))) {
            // PostgreSQL dollar quoting: $$...$$ or $tag$...$tag$ ($1 parameters are not quotes).
            qsizetype t = i + 1;
            while (t < n && isWordChar(at(t)) && !(t == i + 1 && at(t) >= u'0' && at(t) <= u'9'))
                ++t;
            if (at(t) == u'$') {
                const QString tag = sql.mid(i, t - i + 1);
                const qsizetype close = sql.indexOf(tag, t + 1);
                i = close < 0 ? n : close + tag.size();
            } else {
                i = t;
            }
            end = i;
        } else {
            ++i;
            if (c != u';' && !QChar::isSpace(c))
                end = i;
        }
    }
    return sql.left(end);
}

qint64 daysFromCivil(qint64 year, int month, int day)
{
    // Howard Hinnant's days_from_civil: exact for every proleptic Gregorian date.
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const qint64 yearOfEra = year - era * 400;
    const qint64 dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const qint64 dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}

namespace {

bool isLeapYear(qint64 year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(qint64 year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

// A tiny cursor over ASCII date/time text; no allocation, no QRegularExpression on the hot path.
class Scanner
{
public:
    explicit Scanner(QStringView text) : m_text(text.trimmed()) {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char16_t peek() const { return atEnd() ? 0 : m_text.at(m_pos).unicode(); }
    bool accept(char16_t c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpaces()
    {
        while (peek() == u' ')
            ++m_pos;
    }
    // Reads minDigits..maxDigits decimal digits; `digitCount` receives how many were read.
    bool number(int minDigits, int maxDigits, qint64 &value, int *digitCount = nullptr)
    {
        value = 0;
        int count = 0;
        while (count < maxDigits && peek() >= u'0' && peek() <= u'9') {
            value = value * 10 + (peek() - u'0');
            ++m_pos;
            ++count;
        }
        if (digitCount)
            *digitCount = count;
        return count >= minDigits;
    }
    bool acceptBc()
    {
        const qsizetype save = m_pos;
        skipSpaces();
        if (m_text.mid(m_pos).compare(u"BC", Qt::CaseInsensitive) == 0) {
            m_pos = m_text.size();
            return true;
        }
        m_pos = save;
        return false;
    }

private:
    QStringView m_text;
    qsizetype m_pos = 0;
};

struct CivilDate
{
    qint64 year = 0;
    int month = 0;
    int day = 0;
};

bool scanDate(Scanner &s, CivilDate &date)
{
    const bool negative = s.accept(u'-');
    qint64 year = 0, month = 0, day = 0;
    // PostgreSQL writes years up to 294276; more digits cannot be a valid timestamp.
    if (!s.number(4, 6, year) || !s.accept(u'-') || !s.number(2, 2, month) || !s.accept(u'-')
        || !s.number(2, 2, day))
        return false;
    date.year = negative ? -year : year;
    date.month = int(month);
    date.day = int(day);
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(date.year, date.month);
}

// PostgreSQL writes 44 BC as '0044-...-... BC'; astronomically that is year -43.
bool applyBc(CivilDate &date, bool bc)
{
    if (!bc)
        return true;
    if (date.year <= 0)
        return false;
    date.year = 1 - date.year;
    return true;
}

} // namespace

std::optional<qint64> parseIsoDate(QStringView text)
{
    Scanner s(text);
    CivilDate date;
    if (!scanDate(s, date))
        return std::nullopt;
    const bool bc = s.acceptBc();
    if (!s.atEnd() || !applyBc(date, bc))
        return std::nullopt;
    return daysFromCivil(date.year, date.month, date.day);
}

std::optional<qint64> parseIsoTimestamp(QStringView text)
{
    Scanner s(text);
    CivilDate date;
    if (!scanDate(s, date))
        return std::nullopt;
    qint64 hour = 0, minute = 0, second = 0, micros = 0, offsetSeconds = 0;
    if (s.accept(u' ') || s.accept(u'T') || s.accept(u't')) {
        if (!s.number(2, 2, hour) || !s.accept(u':') || !s.number(2, 2, minute))
            return std::nullopt;
        if (s.accept(u':')) {
            if (!s.number(2, 2, second))
                return std::nullopt;
            if (s.accept(u'.') || s.accept(u',')) {
                qint64 fraction = 0;
                int digits = 0;
                if (!s.number(1, 6, fraction, &digits))
                    return std::nullopt;
                for (int i = digits; i < 6; ++i)
                    fraction *= 10;
                micros = fraction;
                qint64 ignored = 0; // nanoseconds cannot be represented; the type holds microseconds
                s.number(0, 3, ignored);
            }
        }
        s.skipSpaces();
        if (s.accept(u'Z') || s.accept(u'z')) {
            offsetSeconds = 0;
        } else if (s.peek() == u'+' || s.peek() == u'-') {
            const qint64 sign = s.peek() == u'-' ? -1 : 1;
            s.accept(s.peek());
            qint64 oh = 0, om = 0, os = 0;
            if (!s.number(2, 2, oh))
                return std::nullopt;
            const bool colon = s.accept(u':');
            if (colon || (s.peek() >= u'0' && s.peek() <= u'9')) {
                if (!s.number(2, 2, om))
                    return std::nullopt;
                if (s.accept(u':') && !s.number(2, 2, os))
                    return std::nullopt;
            }
            if (oh > 15 || om > 59 || os > 59)
                return std::nullopt;
            offsetSeconds = sign * (oh * 3600 + om * 60 + os);
        }
    }
    const bool bc = s.acceptBc();
    if (!s.atEnd() || !applyBc(date, bc))
        return std::nullopt;
    // 24:00:00 is valid SQL for the midnight that ends the day; anything else past 23:59:59 is not.
    const bool endOfDay = hour == 24 && minute == 0 && second == 0 && micros == 0;
    if ((hour > 23 && !endOfDay) || minute > 59 || second > 59)
        return std::nullopt;

    const qint64 days = daysFromCivil(date.year, date.month, date.day);
    const qint64 seconds = hour * 3600 + minute * 60 + second - offsetSeconds;
    qint64 result = 0;
    if (__builtin_mul_overflow(days, qint64(86400) * 1000000, &result)
        || __builtin_add_overflow(result, seconds * 1000000 + micros, &result))
        return std::nullopt;
    return result;
}

QString driverMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    return cleanDriverText(text);
}

QString cleanDriverText(const QString &text)
{
    // libpq repeats where it tried to connect; callers name host and port themselves.
    static const QRegularExpression serverPrefix(
        u"^connection to server (at|on socket) .*? failed: "_s);
    static const QRegularExpression severity(u"^(ERROR|FATAL|PANIC):\\s+"_s);
    static const QRegularExpression sqlState(u"\\s*\\([0-9A-Z]{5}\\)$"_s);
    static const QRegularExpression caretLine(u"^\\s*\\^\\s*$"_s);
    QStringList parts;
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString line : lines) {
        line = line.trimmed();
        // "LINE 2: SELECT ..." and the caret under it only make sense in a fixed-width console.
        if (line.startsWith(u"LINE "_s) || caretLine.match(line).hasMatch())
            continue;
        line.remove(serverPrefix);
        line.remove(severity);
        line.remove(sqlState);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (!parts.isEmpty() && !parts.last().endsWith(u'.') && !parts.last().endsWith(u'?')
            && !parts.last().endsWith(u':'))
            parts.last().append(u'.');
        parts << line;
    }
    return parts.join(u' ');
}

QString maskSecret(QString text, const QString &secret)
{
    if (secret.size() >= 4)
        text.replace(secret, u"••••••"_s);
    return text;
}

int integerSetting(const ConnectionSettings &settings, const QString &key, int fallback, int minimum,
                   int maximum, bool *ok)
{
    const QString text = settings.value(key).trimmed();
    if (text.isEmpty())
        return fallback;
    bool parsed = false;
    const int value = text.toInt(&parsed);
    if (!parsed || value < minimum || value > maximum)
        *ok = false;
    return value;
}

} // namespace miq
