#include "ui/panestate.h"

#include <QDataStream>
#include <QHeaderView>
#include <QIODevice>
#include <QSplitter>

namespace miq {

QByteArray savePaneState(const QSplitter *main, const QSplitter *details, const QHeaderView *header)
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << main->saveState() << details->saveState() << header->saveState();
    return state;
}

void restorePaneState(const QByteArray &state, QSplitter *main, QSplitter *details, QHeaderView *header)
{
    QDataStream in(state);
    QByteArray mainState, detailsState, headerState;
    in >> mainState >> detailsState >> headerState;
    if (in.status() != QDataStream::Ok)
        return;
    main->restoreState(mainState);
    details->restoreState(detailsState);
    header->restoreState(headerState);
}

} // namespace miq
