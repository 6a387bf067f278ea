#include "connectors/rest/restretry.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QThread>
#include <QTimeZone>

#include <algorithm>

namespace miq {

namespace {

constexpr qint64 SleepSliceMs = 20;

std::optional<QDateTime> parseHttpDate(const QByteArray &value)
{
    // RFC 9110 section 5.6.7: IMF-fixdate, then the obsolete RFC 850 and asctime forms. The day
    // name is dropped first: it is redundant, and Qt would check it against the date (and reads
    // the two-digit years of RFC 850 as 19xx, when that weekday is wrong).
    QString text = QString::fromLatin1(value).simplified();
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma > 0)
        text = text.mid(comma + 1).trimmed();
    else
        text = text.section(QLatin1Char(' '), 1); // asctime: "Sun Nov 6 08:49:37 1994"
    const QLocale c = QLocale::c();
    for (const QString &format : {QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"),
                                  QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),
                                  QStringLiteral("MMM d HH:mm:ss yyyy")}) {
        const QDateTime local = c.toDateTime(text, format);
        if (!local.isValid())
            continue;
        // The text is UTC: the same wall-clock time, not converted from local time.
        QDateTime parsed(local.date(), local.time(), QTimeZone::utc());
        if (parsed.date().year() < 1970)
            parsed = parsed.addYears(100);
        return parsed;
    }
    return std::nullopt;
}

} // namespace

std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    const std::optional<QDateTime> when = parseHttpDate(trimmed);
    if (!when)
        return std::nullopt;
    return std::max<qint64>(0, now.msecsTo(*when));
}

qint64 backoffDelay(int retry, int firstDelayMs)
{
    const qint64 full = std::min<qint64>(MaxBackoffMs, qint64(std::max(1, firstDelayMs)) << std::min(retry, 20));
    const qint64 half = full / 2;
    return half + qint64(QRandomGenerator::global()->bounded(quint64(full - half + 1)));
}

bool sleepInterruptibly(qint64 ms, const std::atomic_bool *cancel)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (isCancelled(cancel))
            return false;
        const qint64 left = ms - timer.elapsed();
        if (left <= 0)
            return true;
        QThread::msleep(quint64(std::min(left, SleepSliceMs)));
    }
}

bool RateLimiter::wait(const std::atomic_bool *cancel)
{
    if (m_rate <= 0)
        return !isCancelled(cancel);
    const qint64 interval = qint64(1000.0 / m_rate);
    if (m_last.isValid() && m_last.elapsed() < interval && !sleepInterruptibly(interval - m_last.elapsed(), cancel))
        return false;
    m_last.start();
    return true;
}

} // namespace miq
