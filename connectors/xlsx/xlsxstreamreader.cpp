#include "connectors/xlsx/xlsxstreamreader.h"

#include <algorithm>
#include <utility>

namespace miq {

namespace {

constexpr qsizetype maxRawBytes = 4096;

bool cancelled(const ReadOptions &options)
{
    return options.cancel && options.cancel->load(std::memory_order_relaxed);
}

} // namespace

Result<XlsxResumeToken> XlsxStreamReader::checkedToken(const XlsxWorkbook &workbook, const XlsxSheet &sheet,
                                                       const XlsxReadSettings &settings,
                                                       const ReadOptions &options)
{
    const QString described = workbook.describeSheet(sheet.name);
    Result<XlsxResumeToken> decoded = XlsxResumeToken::decode(options.resumeFrom, described);
    if (!decoded)
        return decoded;
    const XlsxResumeToken &token = *decoded;
    if (token.file.path != workbook.archive().path() || token.sheet != sheet.name ||
        token.header != settings.header || token.fillMerged != settings.fillMerged)
        return Error(tr("The settings of %1 have changed since the interrupted run; start over with --full.")
                         .arg(described));
    if (token.file != FileStamp::of(workbook.archive().path()))
        return Error(tr("%1 has changed since the interrupted run; start over with --full.")
                         .arg(workbook.describedFile()));
    return decoded;
}

Result<std::unique_ptr<StreamReader>> XlsxStreamReader::open(std::shared_ptr<XlsxWorkbook> workbook,
                                                             const XlsxSheet &sheet,
                                                             const XlsxReadSettings &settings,
                                                             const ReadOptions &options)
{
    std::optional<XlsxResumeToken> token;
    if (!options.resumeFrom.isEmpty()) {
        Result<XlsxResumeToken> checked = checkedToken(*workbook, sheet, settings, options);
        if (!checked)
            return Error(checked.error());
        token = std::move(checked).value();
    }
    // Taken before any pass: a change while reading must void the resume positions.
    XlsxResumeToken identity;
    identity.file = FileStamp::of(workbook->archive().path());
    identity.sheet = sheet.name;
    identity.header = settings.header;
    identity.fillMerged = settings.fillMerged;

    std::vector<XlsxRange> merges;
    if (settings.fillMerged) {
        Result<std::vector<XlsxRange>> ranges = XlsxSheetScanner::readMergedRanges(*workbook, sheet);
        if (!ranges)
            return Error(ranges.error());
        merges = std::move(ranges).value();
    }

    if (token) {
        identity.layout = token->layout;
    } else {
        XlsxSheetScanner sampler(workbook, sheet);
        if (Status opened = sampler.open(); !opened)
            return Error(opened.error());
        sampler.setMergedRanges(merges);
        Result<XlsxSample> sample = XlsxSheetLayout::sample(sampler, settings.header, SampleRows, options.cancel);
        if (!sample)
            return Error(sample.error());
        identity.layout = sample->layout;
    }

    auto scanner = std::make_unique<XlsxSheetScanner>(std::move(workbook), sheet);
    if (Status opened = scanner->open(); !opened)
        return Error(opened.error());
    scanner->setMergedRanges(std::move(merges));
    std::unique_ptr<XlsxStreamReader> reader(
        new XlsxStreamReader(std::move(scanner), identity.layout, options, identity.encodePrefix()));
    if (token) {
        reader->m_skipThrough = token->lastRow;
        reader->m_lastRow = token->lastRow;
        reader->m_recordNumber = token->recordNumber;
    }
    return std::unique_ptr<StreamReader>(std::move(reader));
}

XlsxStreamReader::XlsxStreamReader(std::unique_ptr<XlsxSheetScanner> scanner, const XlsxLayout &layout,
                                   const ReadOptions &options, QByteArray tokenPrefix)
    : m_scanner(std::move(scanner))
    , m_layout(layout)
    , m_schema(layout.schema())
    , m_options(options)
    , m_tokenPrefix(std::move(tokenPrefix))
    , m_skipThrough(layout.headerRow)
    , m_lastRow(layout.headerRow)
{
    m_options.batchRows = std::max(1, m_options.batchRows);
}

QByteArray XlsxStreamReader::resumeToken() const
{
    return XlsxResumeToken::encode(m_tokenPrefix, m_lastRow, m_recordNumber);
}

Result<bool> XlsxStreamReader::next(RecordBatch &batch)
{
    if (batch.schema != m_schema)
        batch.reset(m_schema);
    else
        batch.clearRows();
    batch.firstRecord = m_recordNumber;

    if (m_pendingError) {
        const QString error = *m_pendingError;
        m_pendingError.reset();
        return Error(error);
    }
    if (m_done)
        return false;
    const QString described = m_scanner->workbook().describeSheet(m_scanner->sheet().name);
    if (cancelled(m_options))
        return Error(tr("Reading %1 was cancelled.").arg(described));

    // Bad records count towards the batch too, so that a sheet of nothing but bad rows is handed
    // over in bounded portions.
    const qsizetype badBefore = m_badRecords.size();
    qint64 skipped = 0;
    while (batch.rowCount < m_options.batchRows && m_badRecords.size() - badBefore < m_options.batchRows) {
        if (limitReached()) {
            m_done = true;
            break;
        }
        const XlsxSheetScanner::Step step = m_scanner->next();
        if (step == XlsxSheetScanner::Step::End) {
            m_done = true;
            break;
        }
        if (step == XlsxSheetScanner::Step::Error) {
            m_done = true;
            // The rows before the damage are good: hand them out, then the error.
            if (batch.rowCount == 0)
                return Error(m_scanner->errorMessage());
            m_pendingError = m_scanner->errorMessage();
            break;
        }
        const XlsxRow &row = m_scanner->row();
        if (row.number <= m_skipThrough) {
            // Skipping to a resume position can take a while on a large sheet: stay cancellable.
            if ((++skipped & 4095) == 0 && cancelled(m_options))
                return Error(tr("Reading %1 was cancelled.").arg(described));
            continue;
        }
        takeRow(row, batch);
        m_lastRow = row.number;
    }
    // An empty batch that is not the end: only bad records this time.
    return batch.rowCount > 0 || !m_done;
}

void XlsxStreamReader::takeRow(const XlsxRow &row, RecordBatch &batch)
{
    if (!row.badReason.isEmpty()) {
        addBadRecord(row, row.badColumn, row.badReason);
        return;
    }
    const int first = m_layout.firstColumn;
    const int last = m_layout.lastColumn();
    for (const XlsxCell &cell : row.cells) {
        if (cell.column < first || cell.column > last) {
            addBadRecord(row, cell.column,
                         last < first ? tr("cell %1%2 has a value, but the sheet had no columns when it was opened")
                                            .arg(columnName(cell.column))
                                            .arg(row.number)
                                      : tr("cell %1%2 is outside the columns %3 to %4 that the first %5 rows of "
                                           "the sheet showed")
                                            .arg(columnName(cell.column))
                                            .arg(row.number)
                                            .arg(columnName(first), columnName(last))
                                            .arg(SampleRows));
            return;
        }
    }
    int column = first;
    for (const XlsxCell &cell : row.cells) {
        for (; column < cell.column; ++column)
            batch.columns[std::size_t(column - first)].appendNull();
        if (cell.kind == XlsxCellKind::Error)
            batch.columns[std::size_t(column - first)].appendNull();
        else
            batch.columns[std::size_t(column - first)].appendText(row.cellText(cell));
        ++column;
    }
    for (; column <= last; ++column)
        batch.columns[std::size_t(column - first)].appendNull();
    batch.noteRecord(m_recordNumber++);
    ++batch.rowCount;
    ++m_rowsProduced;
}

void XlsxStreamReader::addBadRecord(const XlsxRow &row, int column, const QString &reason)
{
    BadRecord bad;
    bad.recordNumber = m_recordNumber++;
    bad.line = row.number;
    // Excel's own notation: Sheet!B7 for a cell, Sheet!7:7 for a row, 'Q1 sales'!B7 for a sheet
    // name that is not a plain word.
    QString sheet = m_scanner->sheet().name;
    const bool plain = std::all_of(sheet.cbegin(), sheet.cend(), [](QChar ch) { return ch.isLetterOrNumber() || ch == u'_'; });
    if (!plain || sheet.isEmpty())
        sheet = QLatin1Char('\'') + QString(sheet).replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
    bad.location = column >= 0 ? QStringLiteral("%1!%2%3").arg(sheet, columnName(column)).arg(row.number)
                               : QStringLiteral("%1!%2:%2").arg(sheet).arg(row.number);
    if (column >= m_layout.firstColumn && column <= m_layout.lastColumn())
        bad.column = m_layout.names.at(column - m_layout.firstColumn);
    else if (column >= 0)
        bad.column = columnName(column);
    bad.reason = reason;
    // The row's values as the sheet shows them, tab-separated with their cell names.
    for (const XlsxCell &cell : row.cells) {
        if (bad.raw.size() >= maxRawBytes)
            break;
        if (!bad.raw.isEmpty())
            bad.raw += '\t';
        bad.raw += columnName(cell.column).toLatin1() + QByteArray::number(row.number) + '=';
        const std::string_view text = row.cellText(cell);
        bad.raw.append(text.data(), qsizetype(text.size()));
    }
    bad.raw.truncate(maxRawBytes);
    m_badRecords.append(bad);
}

QList<BadRecord> XlsxStreamReader::takeBadRecords()
{
    return std::exchange(m_badRecords, {});
}

} // namespace miq
