#include "connectors/xlsx/xlsxconnector.h"

#include "connectors/xlsx/xlsxsheetlayout.h"

#include <algorithm>

namespace miq {

namespace {

const QString HeaderAuto = QStringLiteral("auto");
const QString HeaderYes = QStringLiteral("yes");
const QString HeaderNo = QStringLiteral("no");

// Sheet names may hold commas only rarely; a comma-separated list is what a user types.
QStringList sheetList(const QString &text)
{
    QStringList names;
    for (const QString &name : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!name.trimmed().isEmpty())
            names << name.trimmed();
    return names;
}

} // namespace

XlsxConnector::XlsxConnector(ConnectionSettings settings)
    : m_settings(std::move(settings))
{}

ConnectorSpec XlsxConnector::spec()
{
    ConnectorSpec spec;
    spec.typeId = QStringLiteral("xlsx");
    spec.displayName = tr("Excel workbook (.xlsx)");
    spec.description = tr("Worksheets of an Excel workbook (.xlsx, .xlsm), one table per sheet. Numbers, "
                          "booleans, dates and times are read as the cells hold them; formulas give their "
                          "last calculated values.");
    spec.iconName = QStringLiteral("xlsx");
    spec.fileSuffixes = {QStringLiteral("xlsx"), QStringLiteral("xlsm")};

    ConfigField path;
    path.key = QStringLiteral("path");
    path.label = tr("File");
    path.kind = ConfigField::Kind::FilePath;
    path.required = true;
    path.help = tr("The .xlsx or .xlsm workbook to read. Old .xls workbooks and password-protected "
                   "workbooks must first be saved as .xlsx without a password.");

    ConfigField header;
    header.key = QStringLiteral("header");
    header.label = tr("First row is a header");
    header.kind = ConfigField::Kind::Choice;
    header.choices = {HeaderAuto, HeaderYes, HeaderNo};
    header.defaultValue = HeaderAuto;
    header.help = tr("auto: the first row with values is the header when it is distinct text above "
                     "numbers, dates or booleans. Without a header, columns are named A, B, C...");

    ConfigField sheets;
    sheets.key = QStringLiteral("sheets");
    sheets.label = tr("Sheets");
    sheets.kind = ConfigField::Kind::Text;
    sheets.help = tr("Comma-separated names of the sheets to read; empty reads every worksheet.");

    ConfigField fill;
    fill.key = QStringLiteral("fill_merged");
    fill.label = tr("Fill merged cells");
    fill.kind = ConfigField::Kind::Boolean;
    fill.defaultValue = false;
    fill.help = tr("Repeat the value of a merged range in every cell of the range. Otherwise only its "
                   "top-left cell has the value and the others are empty.");

    spec.fields = {path, header, sheets, fill};
    return spec;
}

Result<XlsxReadSettings> XlsxConnector::readSettings() const
{
    XlsxReadSettings settings;
    settings.sourceName = m_settings.sourceName;
    const QString header = m_settings.value(QStringLiteral("header"), HeaderAuto).trimmed().toLower();
    if (header == HeaderYes || header == u"true" || header == u"1")
        settings.header = XlsxHeaderMode::Yes;
    else if (header == HeaderNo || header == u"false" || header == u"0")
        settings.header = XlsxHeaderMode::No;
    else if (header != HeaderAuto)
        return Error(tr("The header setting '%1' of source '%2' is not valid: use auto, yes or no.")
                         .arg(header, m_settings.sourceName));
    const QString fill = m_settings.value(QStringLiteral("fill_merged"), QStringLiteral("false")).trimmed().toLower();
    if (fill == u"true" || fill == u"1" || fill == u"yes")
        settings.fillMerged = true;
    else if (fill != u"false" && fill != u"0" && fill != u"no")
        return Error(tr("The fill merged cells setting '%1' of source '%2' is not valid: use true or false.")
                         .arg(fill, m_settings.sourceName));
    return settings;
}

Result<std::shared_ptr<XlsxWorkbook>> XlsxConnector::openWorkbook() const
{
    const QString path = m_settings.value(QStringLiteral("path"));
    if (path.isEmpty())
        return Error(tr("Source '%1' has no file set.").arg(m_settings.sourceName));
    return XlsxWorkbook::open(path, m_settings.sourceName);
}

Result<QList<XlsxSheet>> XlsxConnector::selectedSheets(const XlsxWorkbook &workbook) const
{
    QStringList all;
    for (const XlsxSheet &sheet : workbook.sheets())
        if (sheet.worksheet)
            all << sheet.name;
    const QStringList wanted = sheetList(m_settings.value(QStringLiteral("sheets")));
    QList<XlsxSheet> sheets;
    if (wanted.isEmpty()) {
        for (const XlsxSheet &sheet : workbook.sheets())
            if (sheet.worksheet)
                sheets << sheet;
        return sheets;
    }
    for (const QString &name : wanted) {
        const XlsxSheet *sheet = workbook.sheet(name);
        if (!sheet || !sheet->worksheet)
            return Error(tr("%1 has no worksheet '%2'; its worksheets are: %3.")
                             .arg(workbook.describedFile(), name, all.join(QStringLiteral(", "))));
        const bool listed = std::any_of(sheets.cbegin(), sheets.cend(),
                                        [sheet](const XlsxSheet &s) { return s.name == sheet->name; });
        if (!listed)
            sheets << *sheet;
    }
    return sheets;
}

Result<StreamInfo> XlsxConnector::describeSheet(const std::shared_ptr<XlsxWorkbook> &workbook,
                                                const XlsxSheet &sheet, const XlsxReadSettings &settings) const
{
    XlsxSheetScanner scanner(workbook, sheet);
    if (Status opened = scanner.open(); !opened)
        return Error(opened.error());
    if (settings.fillMerged) {
        Result<std::vector<XlsxRange>> merges = XlsxSheetScanner::readMergedRanges(*workbook, sheet);
        if (!merges)
            return Error(merges.error());
        scanner.setMergedRanges(std::move(merges).value());
    }
    const Result<XlsxSample> sample = XlsxSheetLayout::sample(scanner, settings.header, SampleRows);
    if (!sample)
        return Error(sample.error());

    StreamInfo info;
    info.name = sheet.name;
    info.kind = StreamInfo::Kind::Table;
    const XlsxLayout &layout = sample->layout;
    for (int i = 0; i < layout.columnCount(); ++i)
        info.columns.append({layout.names.at(i), ColumnType::String, sample->nativeTypes.value(i)});
    if (scanner.totalBytes() >= 0)
        info.sizeBytes = scanner.totalBytes();
    if (sample->complete) {
        info.rowEstimate = sample->dataRows;
    } else if (const std::optional<XlsxRange> &dimension = scanner.dimension()) {
        // The declared used range: rows below the header, empty ones included.
        info.rowEstimate = std::max<qint64>(0, dimension->lastRow - std::max(layout.headerRow, dimension->firstRow - 1));
    }

    QStringList detail;
    detail << (layout.headerRow > 0 ? tr("header row %1").arg(layout.headerRow) : tr("no header row"));
    if (layout.columnCount() > 0)
        detail << tr("columns %1-%2").arg(columnName(layout.firstColumn), columnName(layout.lastColumn()));
    if (workbook->dateSystem() == XlsxDateSystem::Date1904)
        detail << tr("1904 date system");
    if (sheet.hidden)
        detail << tr("hidden sheet");
    if (sample->errorCells > 0)
        detail << tr("%Ln error cell(s) (#N/A...) read as empty", nullptr, int(sample->errorCells));
    info.detail = detail.join(QStringLiteral(", "));
    return info;
}

Result<QString> XlsxConnector::checkConnection()
{
    if (Result<XlsxReadSettings> settings = readSettings(); !settings)
        return Error(settings.error());
    const Result<std::shared_ptr<XlsxWorkbook>> workbook = openWorkbook();
    if (!workbook)
        return Error(workbook.error());
    const Result<QList<XlsxSheet>> sheets = selectedSheets(**workbook);
    if (!sheets)
        return Error(sheets.error());
    if (sheets->isEmpty())
        return Error(tr("%1 has no worksheets.").arg((*workbook)->describedFile()));
    // The shared strings are what any sheet needs: a damaged table shows here, not in the first run.
    if (Status loaded = (*workbook)->loadSharedStrings(); !loaded)
        return Error(loaded.error());
    QStringList names;
    for (const XlsxSheet &sheet : *sheets)
        names << sheet.name;
    return tr("%n sheet(s): %1", nullptr, int(names.size())).arg(names.join(QStringLiteral(", ")));
}

Result<QList<StreamInfo>> XlsxConnector::discover()
{
    const Result<XlsxReadSettings> settings = readSettings();
    if (!settings)
        return Error(settings.error());
    const Result<std::shared_ptr<XlsxWorkbook>> workbook = openWorkbook();
    if (!workbook)
        return Error(workbook.error());
    const Result<QList<XlsxSheet>> sheets = selectedSheets(**workbook);
    if (!sheets)
        return Error(sheets.error());
    // What every sheet needs: when it cannot be read, nothing can.
    if (Status loaded = (*workbook)->loadSharedStrings(); !loaded)
        return Error(loaded.error());
    QList<StreamInfo> streams;
    for (const XlsxSheet &sheet : *sheets) {
        Result<StreamInfo> info = describeSheet(*workbook, sheet, *settings);
        if (!info) {
            // One damaged sheet does not hide the others: it is listed with the reason, and
            // reading it fails with the same message.
            StreamInfo damaged;
            damaged.name = sheet.name;
            damaged.kind = StreamInfo::Kind::Table;
            damaged.detail = info.error();
            streams << damaged;
            continue;
        }
        streams << std::move(info).value();
    }
    return streams;
}

Result<std::unique_ptr<StreamReader>> XlsxConnector::openStream(const QString &stream, const ReadOptions &options)
{
    const Result<XlsxReadSettings> settings = readSettings();
    if (!settings)
        return Error(settings.error());
    Result<std::shared_ptr<XlsxWorkbook>> workbook = openWorkbook();
    if (!workbook)
        return Error(workbook.error());
    const Result<QList<XlsxSheet>> sheets = selectedSheets(**workbook);
    if (!sheets)
        return Error(sheets.error());
    if (sheets->isEmpty())
        return Error(tr("%1 has no worksheets.").arg((*workbook)->describedFile()));
    const XlsxSheet *sheet = stream.isEmpty() ? &sheets->first() : nullptr;
    for (const XlsxSheet &s : *sheets)
        if (!sheet && s.name.compare(stream, Qt::CaseInsensitive) == 0)
            sheet = &s;
    if (!sheet) {
        QStringList names;
        for (const XlsxSheet &s : *sheets)
            names << s.name;
        return Error(tr("Source '%1' has no sheet '%2'; its sheets are: %3.")
                         .arg(m_settings.sourceName, stream, names.join(QStringLiteral(", "))));
    }
    return XlsxStreamReader::open(std::move(workbook).value(), *sheet, *settings, options);
}

} // namespace miq
