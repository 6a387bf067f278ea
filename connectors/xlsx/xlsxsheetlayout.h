#pragma once

#include "connectors/connector.h"
#include "connectors/xlsx/xlsxsheetscanner.h"

#include <QCoreApplication>
#include <QStringList>

#include <atomic>
#include <optional>

namespace miq {

enum class XlsxHeaderMode : quint8 { Auto, Yes, No };

// Where a sheet's table is: the header row (if any) and the columns, decided once from the first
// rows and then kept for the whole stream (and by a resumed stream, from its token).
struct XlsxLayout
{
    qint64 headerRow = 0;  // sheet row number of the header row; 0 without one
    int firstColumn = 0;   // 0-based sheet column of the stream's first column
    QStringList names;     // one per column, unique

    int columnCount() const { return int(names.size()); }
    int lastColumn() const { return firstColumn + columnCount() - 1; }
    std::shared_ptr<const Schema> schema() const;
};

// What the first rows of a sheet show.
struct XlsxSample
{
    XlsxLayout layout;
    QStringList nativeTypes; // per column: "text", "number", "date", ... "mixed", "empty"
    qint64 dataRows = 0;     // sampled rows below the header
    qint64 errorCells = 0;
    bool complete = false;   // the whole sheet fit in the sample
};

// Decides a sheet's layout from its first rows:
// - header: the first row with a value is the header when `mode` says so, or (auto) when its values
//   are all distinct texts and a row below holds a number, date or boolean under one of them;
// - columns: from the leftmost to the rightmost column with a value in the sampled rows or in the
//   sheet's declared <dimension>, so that a value first met further down still has its column;
// - names: the header's texts, blanks named by their column letter, repeats suffixed _2, _3...
//   (as the CSV connector does); without a header, the column letters A, B, C...
class XlsxSheetLayout
{
    Q_DECLARE_TR_FUNCTIONS(miq::XlsxSheetLayout)

public:
    static Result<XlsxSample> sample(XlsxSheetScanner &scanner, XlsxHeaderMode mode, qint64 rows,
                                     const std::atomic_bool *cancel = nullptr);
    static QStringList uniqueNames(const QStringList &names, int firstColumn);
};

} // namespace miq
