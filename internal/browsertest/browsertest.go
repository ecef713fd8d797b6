// Package browsertest starts headless Chromium for the browser tests of
// the web app (package http) and of the whole product (cmd/crossread), and
// saves their screenshots. Only tests import it.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// Chromium returns a Chromium/Chrome binary: $CROSSREAD_CHROMIUM, else the
// first one on the PATH, else "" (the browser tests then skip; .ci/run
// installs Debian's).
func Chromium() string {
	if p := os.Getenv("CROSSREAD_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Start starts headless Chromium for one test, which it ends within
// timeout, or skips the test without a browser or in -short mode. Any
// JavaScript dialog (alert, confirm) fails the test: no page of ours opens
// one, so one would be injected script running.
func Start(t *testing.T, timeout time.Duration) context.Context {
	t.Helper()
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	bin := Chromium()
	if bin == "" {
		t.Skip("no chromium binary found (install Debian's chromium, or set CROSSREAD_CHROMIUM)")
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(1280, 900),
		chromedp.Flag("headless", "new"))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelC := chromedp.NewContext(actx)
	ctx, cancelT := context.WithTimeout(ctx, timeout)
	t.Cleanup(func() { cancelT(); cancelC(); cancelA() })
	chromedp.ListenTarget(ctx, func(ev any) {
		if d, ok := ev.(*page.EventJavascriptDialogOpening); ok {
			t.Errorf("a script opened a %s dialog: %q", d.Type, d.Message)
			go chromedp.Run(ctx, page.HandleJavaScriptDialog(false))
		}
	})
	if err := chromedp.Run(ctx); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	return ctx
}

// Shot saves a PNG named name into $CROSSREAD_SCREENSHOTS (a temporary
// folder when unset, so the capture itself is still exercised, and the
// docs' screenshots come from the same run): the viewport, what a reader
// sees on arrival, or with full the whole page.
func Shot(t *testing.T, name string, full bool) chromedp.Action {
	dir := os.Getenv("CROSSREAD_SCREENSHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	return chromedp.ActionFunc(func(ctx context.Context) error {
		var buf []byte
		capture := chromedp.CaptureScreenshot(&buf)
		if full {
			capture = chromedp.FullScreenshot(&buf, 100)
		}
		if err := capture.Do(ctx); err != nil {
			return err
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644)
	})
}
