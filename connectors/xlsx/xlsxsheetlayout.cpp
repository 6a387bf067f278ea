#include "connectors/xlsx/xlsxsheetlayout.h"

#include <QSet>

#include <algorithm>
#include <bit>

namespace miq {

namespace {

constexpr int headerEvidenceRows = 20; // rows below a header candidate looked at for typed values
constexpr qint64 lastSheetRow = 1048576;

bool isTyped(XlsxCellKind kind)
{
    return kind != XlsxCellKind::Text && kind != XlsxCellKind::Error;
}

QString kindName(XlsxCellKind kind)
{
    switch (kind) {
    case XlsxCellKind::Text: return QStringLiteral("text");
    case XlsxCellKind::Number: return QStringLiteral("number");
    case XlsxCellKind::Bool: return QStringLiteral("boolean");
    case XlsxCellKind::Date: return QStringLiteral("date");
    case XlsxCellKind::DateTime: return QStringLiteral("datetime");
    case XlsxCellKind::Time: return QStringLiteral("time");
    case XlsxCellKind::Duration: return QStringLiteral("duration");
    case XlsxCellKind::Error: return QStringLiteral("error");
    }
    return QString();
}

bool looksLikeHeader(const std::vector<XlsxRow> &rows)
{
    const XlsxRow &first = rows.front();
    if (!first.badReason.isEmpty())
        return false;
    QSet<std::string_view> seen;
    for (const XlsxCell &cell : first.cells) {
        if (cell.kind != XlsxCellKind::Text || seen.contains(first.cellText(cell)))
            return false;
        seen.insert(first.cellText(cell));
    }
    const std::size_t end = std::min<std::size_t>(rows.size(), headerEvidenceRows + 1);
    for (std::size_t r = 1; r < end; ++r) {
        for (const XlsxCell &cell : rows[r].cells) {
            if (!isTyped(cell.kind))
                continue;
            const bool underHeader = std::any_of(first.cells.begin(), first.cells.end(),
                                                 [&](const XlsxCell &h) { return h.column == cell.column; });
            if (underHeader)
                return true;
        }
    }
    return false;
}

} // namespace

std::shared_ptr<const Schema> XlsxLayout::schema() const
{
    // Every column is text, as for CSV and JSON: numbers, booleans and dates arrive as canonical
    // text ("42", "true", "2024-03-01") and the engine infers the column types from them.
    auto schema = std::make_shared<Schema>();
    schema->reserve(std::size_t(names.size()));
    for (const QString &name : names)
        schema->push_back({name, ColumnType::String});
    return schema;
}

QStringList XlsxSheetLayout::uniqueNames(const QStringList &names, int firstColumn)
{
    QStringList unique;
    QSet<QString> used;
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString base = names.at(i).trimmed();
        if (base.isEmpty())
            base = columnName(firstColumn + int(i));
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = base + QLatin1Char('_') + QString::number(n);
        used.insert(name);
        unique << name;
    }
    return unique;
}

Result<XlsxSample> XlsxSheetLayout::sample(XlsxSheetScanner &scanner, XlsxHeaderMode mode, qint64 maxRows,
                                           const std::atomic_bool *cancel)
{
    // The sampled rows are kept: at most `maxRows` of them, the first of the sheet.
    std::vector<XlsxRow> rows;
    XlsxSample result;
    while (qint64(rows.size()) < maxRows) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error(tr("Reading %1 was cancelled.")
                             .arg(scanner.workbook().describeSheet(scanner.sheet().name)));
        const XlsxSheetScanner::Step step = scanner.next();
        if (step == XlsxSheetScanner::Step::Error) {
            // Rows before the damage are still usable; with none, there is nothing to describe.
            if (rows.empty())
                return Error(scanner.errorMessage());
            break;
        }
        if (step == XlsxSheetScanner::Step::End) {
            result.complete = true;
            break;
        }
        rows.push_back(scanner.row());
    }

    const bool header = !rows.empty() && (mode == XlsxHeaderMode::Yes || (mode == XlsxHeaderMode::Auto && looksLikeHeader(rows)));
    XlsxLayout &layout = result.layout;
    layout.headerRow = header ? rows.front().number : 0;

    int first = std::numeric_limits<int>::max();
    int last = -1;
    for (const XlsxRow &row : rows) {
        if (!row.cells.empty()) {
            first = std::min(first, row.cells.front().column);
            last = std::max(last, row.cells.back().column);
        }
    }
    // A dimension of the whole sheet (A1:XFD1048576) says nothing about where the table is.
    if (const std::optional<XlsxRange> &dimension = scanner.dimension();
        dimension && dimension->lastRow < lastSheetRow && (last >= 0 || !rows.empty())) {
        first = std::min(first, dimension->firstColumn);
        last = std::max(last, dimension->lastColumn);
    }
    if (last < 0)
        return result; // an empty sheet: no columns
    layout.firstColumn = first;

    QStringList names(last - first + 1);
    if (header) {
        const XlsxRow &row = rows.front();
        for (const XlsxCell &cell : row.cells)
            names[cell.column - first] = QString::fromUtf8(row.cellText(cell).data(), qsizetype(row.cellText(cell).size()));
    }
    layout.names = uniqueNames(names, first);

    std::vector<unsigned> kinds(std::size_t(names.size()), 0);
    for (std::size_t r = header ? 1 : 0; r < rows.size(); ++r) {
        ++result.dataRows;
        for (const XlsxCell &cell : rows[r].cells) {
            if (cell.kind == XlsxCellKind::Error)
                ++result.errorCells;
            kinds[std::size_t(cell.column - first)] |= 1u << unsigned(cell.kind);
        }
    }
    const unsigned errorBit = 1u << unsigned(XlsxCellKind::Error);
    for (unsigned mask : kinds) {
        const unsigned values = mask & ~errorBit;
        if (values == 0)
            result.nativeTypes << (mask ? kindName(XlsxCellKind::Error) : QStringLiteral("empty"));
        else if (std::popcount(values) > 1)
            result.nativeTypes << QStringLiteral("mixed");
        else
            result.nativeTypes << kindName(XlsxCellKind(std::countr_zero(values)));
    }
    return result;
}

} // namespace miq
