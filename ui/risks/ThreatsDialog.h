#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;
class QTableWidgetItem;

namespace daicho {

class RegisterDocument;

// The register's threat catalog as an editable table: the built-in threats (Japanese and
// English names, category, description) and the officer's own. Each cell edit, addition or
// removal is one undo step (RiskCommands); a threat that risks name cannot be removed.
class ThreatsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ThreatsDialog(RegisterDocument& document, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QLabel* message() const { return m_message; }
    void reload();
    bool addThreat(const QString& code, const QString& nameJa, const QString& nameEn);
    bool removeRow(int row);

private:
    void cellEdited(QTableWidgetItem* item);

    RegisterDocument& m_document;
    QTableWidget* m_table = nullptr;
    QLabel* m_message = nullptr;
    bool m_loading = false;
};

} // namespace daicho
