#include "app/cli/texttable.h"

#include <algorithm>
#include <numeric>

namespace miq {

namespace {

constexpr int columnGap = 2;
constexpr int minColumnWidth = 6;
constexpr int maxHeaderWidth = 16;

int charWidth(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    if (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || c == 0x200B)
        return 0;
    // East Asian wide and fullwidth ranges, and the common emoji blocks.
    if ((c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

// Calls `f(codePoint, indexAfter)` for each code point of `text`, stopping when it returns false.
template<typename F>
void forEachCodePoint(const QString &text, F f)
{
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text[i].unicode();
        qsizetype next = i + 1;
        if (QChar::isHighSurrogate(c) && next < text.size() && text[next].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[next]);
            ++next;
        }
        if (!f(c, next))
            return;
        i = next;
    }
}

QString pad(const QString &text, int width, bool right)
{
    const QString fill(qMax(0, width - TextTable::displayWidth(text)), QLatin1Char(' '));
    return right ? fill + text : text + fill;
}

} // namespace

TextTable::TextTable(QStringList headers)
    : m_headers(std::move(headers))
    , m_rightAligned(m_headers.size(), false)
{}

void TextTable::addRow(QStringList cells)
{
    for (QString &cell : cells)
        cell = singleLine(cell);
    while (cells.size() < m_headers.size())
        cells.append(QString());
    m_rows.append(std::move(cells));
}

void TextTable::setRightAligned(int column, bool right)
{
    if (column >= 0 && column < m_rightAligned.size())
        m_rightAligned[column] = right;
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    forEachCodePoint(text, [&width](char32_t c, qsizetype) {
        width += charWidth(c);
        return true;
    });
    return width;
}

QString TextTable::clip(const QString &text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    if (width <= 0)
        return QString();
    qsizetype end = 0;
    int used = 0;
    forEachCodePoint(text, [&](char32_t c, qsizetype next) {
        const int w = charWidth(c);
        if (used + w > width - 1) // keep one column for the ellipsis
            return false;
        used += w;
        end = next;
        return true;
    });
    return text.left(end) + QChar(0x2026);
}

QString TextTable::singleLine(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            result += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            result += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            result += QLatin1String("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            result += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            result += c;
    }
    return result;
}

QString TextTable::wrap(const QString &text, int indent, int width)
{
    const QString margin(indent, QLatin1Char(' '));
    QStringList out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.isEmpty() || line.startsWith(QLatin1Char(' '))) {
            out << (line.isEmpty() ? QString() : margin + line);
            continue;
        }
        QString current;
        for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!current.isEmpty() && indent + displayWidth(current) + 1 + displayWidth(word) > width) {
                out << margin + current;
                current.clear();
            }
            current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out << margin + current;
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QList<int> TextTable::columnWidths(int width) const
{
    QList<int> widths;
    for (qsizetype c = 0; c < m_headers.size(); ++c) {
        int w = displayWidth(m_headers[c]);
        for (const QStringList &row : m_rows)
            w = qMax(w, qMin(m_maxCellWidth, displayWidth(row.value(c))));
        widths.append(w);
    }
    const auto total = [&widths] {
        return std::accumulate(widths.cbegin(), widths.cend(), 0) + columnGap * int(qMax<qsizetype>(0, widths.size() - 1));
    };
    // A column is not shrunk below its header (up to a point): a table that names its columns is
    // more use than one with every column clipped to a stub.
    QList<int> minimum;
    for (qsizetype c = 0; c < widths.size(); ++c)
        minimum.append(qMin(widths[c], qBound(minColumnWidth, displayWidth(m_headers[c]), maxHeaderWidth)));
    // Shrink the widest columns first: narrow columns (ids, flags) stay readable.
    while (total() > width) {
        qsizetype widest = -1;
        for (qsizetype c = 0; c < widths.size(); ++c)
            if (widths[c] > minimum[c] && (widest < 0 || widths[c] > widths[widest]))
                widest = c;
        if (widest < 0)
            break;
        --widths[widest];
    }
    // Still too wide: leave out trailing columns.
    while (widths.size() > 1 && total() > width)
        widths.removeLast();
    return widths;
}

int TextTable::hiddenColumns(int width) const
{
    return int(m_headers.size() - columnWidths(width).size());
}

QString TextTable::render(int width) const
{
    const QList<int> widths = columnWidths(width);
    const auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype c = 0; c < widths.size(); ++c) {
            if (c > 0)
                text += QString(columnGap, QLatin1Char(' '));
            text += pad(clip(cells.value(c), widths[c]), widths[c], m_rightAligned.value(c));
        }
        // Trailing blanks are noise when the output is piped into a file or diff.
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    QStringList rules;
    for (const int w : widths)
        rules << QString(w, QLatin1Char('-'));
    out += line(rules);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}

} // namespace miq
