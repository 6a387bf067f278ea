#include "ui/runnotifier.h"

#include "models/connectoricons.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolButton>

namespace miq {

namespace {
constexpr int ShownMs = 8000;
}

RunNotifier::RunNotifier(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("notification"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("notificationText"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *dismiss = new QToolButton;
    dismiss->setText(QStringLiteral("✕"));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(dismiss);
    hide();
    m_timer->setSingleShot(true);
    m_timer->setInterval(ShownMs);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(dismiss, &QToolButton::clicked, this, &QWidget::hide);
}

void RunNotifier::notify(const QString &title, const QString &message, bool ok)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            QIcon icon = QApplication::windowIcon();
            if (icon.isNull())
                icon = connectorIcon(QStringLiteral("miq"));
            m_tray = new QSystemTrayIcon(icon, this);
            m_tray->setToolTip(tr("MigrateIQ"));
            m_tray->show();
        }
        m_tray->showMessage(title, message, ok ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning,
                            ShownMs);
        return;
    }
    setStyleSheet(ok ? QStringLiteral("#notification { background: #e8f5e9; border: 1px solid #81c784; }")
                     : QStringLiteral("#notification { background: #fdecea; border: 1px solid #e57373; }"));
    m_text->setText(QStringLiteral("<b>%1</b> %2").arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
    show();
    m_timer->start();
}

} // namespace miq
