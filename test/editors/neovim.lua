-- Drives Neovim's built-in LSP client against tactful-language-server (nvim --headless --clean -u neovim.lua).
-- Env: TACTFUL_SERVER (dist/server.js), TACTFUL_FILE (the letter), TACTFUL_RULE (rule to fix),
-- TACTFUL_ACTION (code action title). Opens the letter, waits for the rule's diagnostic, moves the cursor onto it,
-- picks the action by title through vim.ui.select as a user would, writes the file and quits. Any failure: a line
-- "FAIL: ..." on stderr and exit code 1. Works with Neovim 0.7 (Debian 12) and later.
local server, file = os.getenv('TACTFUL_SERVER'), os.getenv('TACTFUL_FILE')
local rule, title = os.getenv('TACTFUL_RULE'), os.getenv('TACTFUL_ACTION')
local WAIT = 20000

local function fail(message)
  io.stderr:write('FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

vim.cmd('filetype on') -- init files run before Neovim turns detection on itself

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buf = vim.api.nvim_get_current_buf()
  local config = { name = 'tactful', cmd = { 'node', server, '--stdio' }, root_dir = vim.fn.fnamemodify(file, ':p:h') }
  if vim.lsp.start then
    vim.lsp.start(config)
  else
    vim.lsp.buf_attach_client(buf, vim.lsp.start_client(config))
  end

  local target
  local arrived = vim.wait(WAIT, function()
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if d.source == 'tactful' and d.code == rule then
        target = d
        return true
      end
    end
    return false
  end, 20)
  if not arrived then
    return fail(string.format('no %s diagnostic within %d ms (filetype %s, %d diagnostics)', rule, WAIT, vim.bo.filetype, #vim.diagnostic.get(buf)))
  end

  -- vim.diagnostic columns are byte offsets: Neovim converted the server's UTF-16 positions.
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local before = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, true), '\n')
  local offered = {}
  vim.ui.select = function(items, opts, on_choice)
    for i, item in ipairs(items) do
      local label = opts.format_item(item)
      table.insert(offered, label)
      if label == title then return on_choice(item, i) end
    end
    on_choice(nil, nil)
  end
  vim.lsp.buf.code_action()
  local changed = vim.wait(WAIT, function()
    return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, true), '\n') ~= before
  end, 20)
  if not changed then
    return fail(string.format('the action "%s" changed nothing; offered: %s', title, table.concat(offered, ' | ')))
  end
  vim.cmd('write')
  vim.cmd('qall!')
end)
if not ok then fail(tostring(err)) end
