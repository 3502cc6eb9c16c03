// Fixture page for the rendered-page audit: each kind of fault once (low contrast, a URL that
// runs off the screen, a clipped button label, a small tap target, a tappable without a name, a
// chip broken across lines), next to passing versions of the same elements.
Component({
  methods: {
    onTap() {
      // Tapping does nothing here; the listener makes the element tappable.
    },
  },
});

export {};
