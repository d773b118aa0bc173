#pragma once

namespace daicho {

class MainWindow;

// Plugs the risk register into the main window: the Risks view, View ▸ Risks of the Selected
// Asset, and from a risk's details a link to each of its assets in the Assets view.
void installRiskViews(MainWindow& window);

} // namespace daicho
