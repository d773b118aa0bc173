#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace daicho {

// Asks where a new register goes and for whom it is kept (organisation, ISMS scope).
class NewRegisterDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewRegisterDialog(QWidget* parent = nullptr);

    QString path() const;
    QString organisation() const;
    QString scope() const;

    void setPath(const QString& path);

private:
    void browse();
    void validate();

    QLineEdit* m_path = nullptr;
    QLineEdit* m_organisation = nullptr;
    QLineEdit* m_scope = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace daicho
