// Draws one CHSI page schematically (示意图) with the control to tap ringed, from the data in
// content/chsi-screens.ts; the page's content says which screen and which control.
Component({
  options: { addGlobalClass: true },
  properties: {
    /** ChsiScreenView from the view layer. */
    screen: { type: Object, value: { title: '', badge: '', caption: '', rows: [] } },
  },
});
