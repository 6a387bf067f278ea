#include "models/runformat.h"

#include <QJsonArray>
#include <QLocale>

#include <cmath>

namespace miq {

QString RunFormat::duration(double seconds)
{
    if (seconds < 0)
        return QString();
    if (seconds < 10)
        return tr("%1 s").arg(QLocale().toString(seconds, 'f', 1));
    const qint64 total = qRound64(seconds);
    if (total < 60)
        return tr("%1 s").arg(total);
    const qint64 h = total / 3600;
    const qint64 m = total / 60 % 60;
    const qint64 s = total % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString RunFormat::rate(double rowsPerSecond)
{
    if (rowsPerSecond <= 0)
        return QString();
    return tr("%1 rows/s").arg(QLocale().toString(qRound64(rowsPerSecond)));
}

QString RunFormat::count(qint64 value)
{
    return QLocale().toString(value);
}

QString RunFormat::bytes(qint64 value)
{
    return value < 0 ? QString() : QLocale().formattedDataSize(value);
}

QString RunFormat::when(const QDateTime &at)
{
    if (!at.isValid())
        return QString();
    const QDateTime local = at.toLocalTime();
    const QLocale locale;
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == QDate::currentDate())
        return tr("today %1").arg(time);
    return tr("%1 %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

double RunFormat::runSeconds(const RunRecord &run)
{
    // "total" is what the runs took; the phases are summed too in case a run counted its total
    // from a later start than its first phase.
    double phases = 0;
    for (const char *phase : {"infer", "copy", "verify"})
        phases += run.timings.value(QLatin1String(phase)).toDouble();
    const double total = qMax(run.timings.value(QStringLiteral("total")).toDouble(), phases);
    if (total > 0)
        return total;
    if (run.startedAt.isValid() && run.finishedAt.isValid())
        return run.startedAt.msecsTo(run.finishedAt) / 1000.0;
    return -1;
}

double RunFormat::throughput(const RunRecord &run)
{
    // The copy phase is what moves rows; inference and verification are reported apart.
    double seconds = run.timings.value(QStringLiteral("copy")).toDouble();
    if (seconds <= 0)
        seconds = runSeconds(run);
    return seconds > 0 && run.rowsRead > 0 ? run.rowsRead / seconds : 0;
}

QString RunFormat::verificationStatus(const RunRecord &run)
{
    return run.verification.value(QStringLiteral("status")).toString();
}

QStringList RunFormat::mismatchedColumns(const RunRecord &run)
{
    QStringList columns;
    for (const QJsonValue &v : run.verification.value(QStringLiteral("columns")).toArray())
        columns << v.toString();
    return columns;
}

QString RunFormat::verificationText(const RunRecord &run)
{
    const QString status = verificationStatus(run);
    if (status == QLatin1String("verified"))
        return tr("verified");
    if (status == QLatin1String("mismatch")) {
        const QStringList columns = mismatchedColumns(run);
        return columns.isEmpty() ? tr("mismatch")
                                 : tr("mismatch in %1").arg(columns.join(QStringLiteral(", ")));
    }
    return QString();
}

double RunFormat::fraction(const RunProgress &progress)
{
    if (progress.bytesTotal <= 0 || progress.bytesRead < 0)
        return -1;
    return qBound(0.0, double(progress.bytesRead) / double(progress.bytesTotal), 1.0);
}

QString RunFormat::progress(const RunProgress &p, bool paused)
{
    // Most telling first: a narrow progress column elides the end.
    QStringList parts;
    if (paused)
        parts << tr("Paused");
    if (const double f = fraction(p); f >= 0)
        parts << tr("%1%").arg(int(std::floor(f * 100)));
    else if (p.rowsRead > 0)
        parts << tr("%1 rows").arg(count(p.rowsRead));
    if (!paused) {
        if (const QString r = rate(p.rowsPerSecond); !r.isEmpty())
            parts << r;
        if (p.etaSeconds >= 0)
            parts << tr("%1 left").arg(duration(p.etaSeconds));
        if (!p.phase.isEmpty())
            parts << p.phase;
    }
    if (parts.isEmpty())
        parts << tr("Starting");
    return parts.join(QStringLiteral(" · "));
}

} // namespace miq
