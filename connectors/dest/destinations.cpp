#include "connectors/dest/destinations.h"

#include "connectors/dest/csvdestination.h"
#include "connectors/dest/ndjsondestination.h"
#include "connectors/dest/sqlitedestination.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace miq {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FileDestinations)
};

const QStringList sqliteSuffixes = {u"sqlite"_s, u"sqlite3"_s, u"db"_s};
const QStringList csvSuffixes = {u"csv"_s};
const QStringList ndjsonSuffixes = {u"ndjson"_s, u"jsonl"_s};

} // namespace

QStringList fileDestinationSuffixes()
{
    return sqliteSuffixes + csvSuffixes + ndjsonSuffixes;
}

Result<std::unique_ptr<Destination>> createFileDestination(const QString &path)
{
    // suffix(), not completeSuffix(): "orders.2024.csv" is a CSV file.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (sqliteSuffixes.contains(suffix))
        return std::unique_ptr<Destination>(std::make_unique<SqliteDestination>(path));
    if (csvSuffixes.contains(suffix))
        return std::unique_ptr<Destination>(std::make_unique<CsvDestination>(path));
    if (ndjsonSuffixes.contains(suffix))
        return std::unique_ptr<Destination>(std::make_unique<NdjsonDestination>(path));
    const QString known =
        Text::tr(".sqlite, .sqlite3 or .db (SQLite database), .csv (CSV), .ndjson or .jsonl "
                 "(NDJSON)");
    if (suffix.isEmpty())
        return Error(Text::tr("Cannot write '%1': the file name has no suffix to tell its format. Use %2.")
                         .arg(QDir::toNativeSeparators(path), known));
    return Error(Text::tr("Cannot write '%1': '.%2' files are not a destination format. Use %3.")
                     .arg(QDir::toNativeSeparators(path), suffix, known));
}

} // namespace miq
