#pragma once

#include <QByteArray>

class QHeaderView;
class QSplitter;

namespace miq {

// The remembered layout of a list-and-details pane: its two splitters and its list's columns.
QByteArray savePaneState(const QSplitter *main, const QSplitter *details, const QHeaderView *header);
void restorePaneState(const QByteArray &state, QSplitter *main, QSplitter *details, QHeaderView *header);

} // namespace miq
