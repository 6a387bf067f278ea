#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace miq {

// An aligned plain-text table for terminal output. Cells are single-line (control characters are
// shown escaped), clipped with "…" to fit; columns that do not fit the width at all are left out
// and counted in hiddenColumns().
class TextTable
{
public:
    explicit TextTable(QStringList headers);

    void addRow(QStringList cells);
    void setRightAligned(int column, bool right = true);
    void setMaxCellWidth(int width) { m_maxCellWidth = width; }

    // Renders to at most `width` terminal columns per line; every line ends with '\n'.
    QString render(int width) const;
    int hiddenColumns(int width) const;
    int rowCount() const { return int(m_rows.size()); }

    // Terminal columns `text` takes (wide East Asian characters count two, combining marks zero).
    static int displayWidth(const QString &text);
    // `text` shortened to at most `width` terminal columns, ending in "…" when shortened.
    static QString clip(const QString &text, int width);
    // Newlines, tabs and other control characters as visible escapes, so a cell stays on one line.
    static QString singleLine(const QString &text);
    // `text` word-wrapped to `width` columns, each line indented by `indent` spaces and ending in
    // '\n'. Lines of `text` are paragraphs; a line starting with a space is kept as is (examples).
    static QString wrap(const QString &text, int indent, int width);

private:
    QList<int> columnWidths(int width) const;

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<bool> m_rightAligned;
    int m_maxCellWidth = 40;
};

} // namespace miq
