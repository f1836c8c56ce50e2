;;; emacs.el --- drives eglot against tactful-language-server  -*- lexical-binding: t -*-
;; emacs -Q --batch -l emacs.el.  Env: TACTFUL_SERVER (dist/server.js), TACTFUL_FILE (the letter), TACTFUL_RULE
;; (rule to fix), TACTFUL_ACTION (code action title).  Opens the letter in text-mode, waits for the rule's
;; diagnostic (flymake, fed by eglot), moves point onto it, picks the action by title through eglot's own menu as
;; a user would, saves and exits.  Any failure: "FAIL: ..." on stderr and exit code 1.  Emacs 28 + elpa-eglot 1.9,
;; or Emacs 29+ with eglot built in.

(require 'cl-lib)
(unless (require 'eglot nil t)
  (let ((default-directory "/usr/share/emacs/site-lisp/elpa/"))
    (normal-top-level-add-subdirs-to-load-path))
  (require 'eglot))

(defconst tactful-wait 20 "Seconds to wait for the server.")
(defvar tactful-server (getenv "TACTFUL_SERVER"))
(defvar tactful-rule (getenv "TACTFUL_RULE"))
(defvar tactful-action (getenv "TACTFUL_ACTION"))

(defun tactful-fail (fmt &rest args)
  (princ (concat "FAIL: " (apply #'format fmt args) "\n") #'external-debugging-output)
  (kill-emacs 1))

(defun tactful-wait-for (pred)
  "Process server output until PRED holds or `tactful-wait' seconds pass."
  (let ((deadline (+ (float-time) tactful-wait)))
    (while (and (not (funcall pred)) (< (float-time) deadline))
      (accept-process-output nil 0.05))
    (funcall pred)))

(defun tactful-diagnostic ()
  (cl-find-if (lambda (d)
                (let ((lsp (cdr (assoc 'eglot-lsp-diag (flymake-diagnostic-data d)))))
                  (equal (plist-get lsp :code) tactful-rule)))
              (flymake-diagnostics (point-min) (point-max))))

(condition-case err
    (progn
      (setq eglot-sync-connect t)
      (add-to-list 'auto-mode-alist '("\\.md\\'" . text-mode))
      (add-to-list 'eglot-server-programs `(text-mode . ("node" ,tactful-server "--stdio")))
      (find-file (getenv "TACTFUL_FILE"))
      (eglot-ensure)
      (run-hooks 'post-command-hook) ; eglot-ensure connects after the next command, which batch mode never runs
      (tactful-wait-for (lambda () (eglot-current-server)))
      (unless (eglot-current-server) (tactful-fail "eglot did not connect within %ss" tactful-wait))
      (unless (tactful-wait-for #'tactful-diagnostic)
        (tactful-fail "no %s diagnostic within %ss (%d diagnostics)" tactful-rule tactful-wait
                      (length (flymake-diagnostics (point-min) (point-max)))))
      ;; Flymake placed the diagnostic by eglot's UTF-16 → character conversion.
      (goto-char (flymake-diagnostic-beg (tactful-diagnostic)))
      (let ((before (buffer-string))
            (offered nil)
            (last-nonmenu-event 13)) ; a key, not a mouse click: eglot asks with completing-read
        (cl-letf (((symbol-function 'completing-read)
                   (lambda (_prompt collection &rest _)
                     (setq offered (mapcar #'car collection))
                     (or (car (member tactful-action offered))
                         (tactful-fail "no action \"%s\"; offered: %s" tactful-action (string-join offered " | "))))))
          (eglot-code-actions (point) (point) nil t))
        (unless (tactful-wait-for (lambda () (not (equal before (buffer-string)))))
          (tactful-fail "the action \"%s\" changed nothing" tactful-action)))
      (save-buffer)
      (kill-emacs 0))
  (error (tactful-fail "%S" err)))
