// The operators' console: plain JavaScript on the JSON admin API of this origin.
//
// - The session (access and refresh token) lives in this closure only: never in localStorage, sessionStorage or a
//   cookie, so closing the tab ends it and no other page script can read it.
// - Everything shown is built with DOM nodes and text nodes; no HTML string is ever parsed, so nothing the API
//   returns can become markup.
// - Each action button sends an Idempotency-Key made for that click and is disabled while its request runs, so a
//   double click sends one request, and a retry after a lost answer replays the first instead of running twice.
'use strict';

(() => {
  const PAGE_SIZE = 20;
  const QUEUE_SIZE = 100;

  let session = null;
  let refreshing = null;
  const users = { email: '', page: 1 };
  const transfers = { page: 1 };
  const loads = {};

  const byId = (id) => document.getElementById(id);

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) {
        continue;
      }
      if (name === 'className') {
        node.className = value;
      } else if (name === 'dataset') {
        Object.assign(node.dataset, value);
      } else {
        node.setAttribute(name, value === true ? '' : String(value));
      }
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) {
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
      }
    }
    return node;
  }

  // ---------------------------------------------------------------- formatting

  function money(value) {
    if (value === null || value === undefined) {
      return '—';
    }
    const amount = Number(value);
    const [whole, cents] = Math.abs(amount).toFixed(2).split('.');
    const text = '$' + whole.replace(/\B(?=(\d{3})+$)/g, ',') + '.' + cents;
    return amount < 0 ? '-' + text : text;
  }

  /** ISO-8601 UTC from the API, shown to the minute: 2026-01-28 12:00 UTC. */
  function time(iso) {
    return iso ? iso.slice(0, 16).replace('T', ' ') + ' UTC' : '—';
  }

  function words(wireName) {
    return wireName.replace(/_/g, ' ');
  }

  function party(person) {
    if (!person) {
      return '—';
    }
    return el('span', {}, person.name, el('br'), el('small', {}, person.email));
  }

  function status(value) {
    return el('span', { className: 'status status-' + value }, words(value));
  }

  // ---------------------------------------------------------------- messages

  class ApiError extends Error {
    constructor(status, envelope) {
      super(envelope && envelope.message ? envelope.message : 'The server answered HTTP ' + status);
      this.status = status;
      this.errors = envelope && Array.isArray(envelope.errors) ? envelope.errors : [];
    }
  }

  function clearMessages() {
    byId('error').hidden = true;
    byId('error').replaceChildren();
    byId('notice').hidden = true;
    byId('notice').replaceChildren();
  }

  function showNotice(text) {
    byId('notice').replaceChildren(text);
    byId('notice').hidden = false;
  }

  function showError(error) {
    const box = byId('error');
    const details = (error.errors || []).filter((item) => item && item.message)
      .map((item) => el('li', {}, item.message));
    box.replaceChildren(el('strong', {}, error.message || 'Something went wrong'),
      details.length ? el('ul', {}, details) : null);
    box.hidden = false;
  }

  // ---------------------------------------------------------------- the API

  async function envelopeOf(response) {
    try {
      return await response.json();
    } catch (notJson) {
      return { message: 'The server answered HTTP ' + response.status };
    }
  }

  /**
   * One call of the admin API. A 401 means the access token has expired (or was issued by a key the server no
   * longer uses): the session is refreshed once, shared by every call that needs it, and the call retried with
   * the same Idempotency-Key, which is safe because the server refused the first attempt before running it.
   */
  async function call(method, path, options = {}) {
    const send = (token) => {
      const headers = { Accept: 'application/json', Authorization: 'Bearer ' + token };
      if (options.body !== undefined) {
        headers['Content-Type'] = 'application/json';
      }
      if (options.key) {
        headers['Idempotency-Key'] = options.key;
      }
      return fetch(path, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        credentials: 'omit',
        cache: 'no-store',
      });
    };
    if (!session) {
      throw new ApiError(401, { message: 'Sign in first.' });
    }
    const used = session.accessToken;
    let response = await send(used);
    if (response.status === 401 && session) {
      const renewed = session.accessToken !== used || await refreshSession();
      if (renewed && session) {
        response = await send(session.accessToken);
      }
    }
    const envelope = await envelopeOf(response);
    if (response.status === 401) {
      endSession();
      throw new ApiError(401, { message: 'Your session has ended. Sign in again.' });
    }
    if (!response.ok) {
      throw new ApiError(response.status, envelope);
    }
    return envelope.data;
  }

  /** Rotates the refresh token for a new access token; one refresh at a time, whoever asks. */
  function refreshSession() {
    if (!refreshing) {
      const refreshToken = session.refreshToken;
      refreshing = fetch('/api/auth/refresh', {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
        credentials: 'omit',
        cache: 'no-store',
      }).then(async (response) => {
        if (!response.ok || !session) {
          return false;
        }
        const tokens = (await response.json()).data.tokens;
        session.accessToken = tokens.accessToken;
        session.refreshToken = tokens.refreshToken;
        return true;
      }).catch(() => false).finally(() => {
        refreshing = null;
      });
    }
    return refreshing;
  }

  /** A random Idempotency-Key; crypto.getRandomValues works on plain http too, unlike randomUUID. */
  function newKey() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return 'console-' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  const path = (template, id) => template.replace('{id}', encodeURIComponent(id));

  // ---------------------------------------------------------------- sign in and out

  async function signIn(event) {
    event.preventDefault();
    clearMessages();
    const button = byId('sign-in-button');
    button.disabled = true;
    try {
      const response = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: byId('email').value, password: byId('password').value }),
        credentials: 'omit',
        cache: 'no-store',
      });
      const envelope = await envelopeOf(response);
      if (!response.ok) {
        throw new ApiError(response.status, envelope);
      }
      const { user, tokens } = envelope.data;
      session = { email: user.email, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
      if (user.role !== 'admin') {
        await signOut();
        throw new Error('This console is for the platform admin only.');
      }
      byId('password').value = '';
      byId('session-email').textContent = user.email;
      byId('sign-in').hidden = true;
      byId('session').hidden = false;
      byId('console').hidden = false;
      loadAll();
    } catch (error) {
      showError(error);
    } finally {
      button.disabled = false;
    }
  }

  async function signOut() {
    if (session) {
      try {
        await call('POST', '/api/auth/logout', { body: { refreshToken: session.refreshToken } });
      } catch (ignored) {
        // Signing out of this page does not depend on the server: the tokens are forgotten below either way.
      }
    }
    endSession();
  }

  function endSession() {
    session = null;
    byId('console').hidden = true;
    byId('session').hidden = true;
    byId('sign-in').hidden = false;
    for (const id of ['completions-rows', 'withdrawals-rows', 'users-rows', 'balances-rows', 'transfers-rows',
      'verify-discrepancies', 'users-pager', 'transfers-pager']) {
      byId(id).replaceChildren();
    }
    byId('verify-result').textContent = '';
    byId('email').focus();
  }

  // ---------------------------------------------------------------- actions

  /**
   * A button that runs one action. It is disabled from the click until the answer, so a double click sends one
   * request. Its key is kept until the server answers: a click after a lost answer is the same intent and
   * replays, while a click after an answer (a refusal, say) is a new intent with a new key.
   */
  function actionButton(label, accessibleName, className, run) {
    const button = el('button', { type: 'button', className, 'aria-label': accessibleName }, label);
    let key = null;
    button.addEventListener('click', async () => {
      if (button.disabled) {
        return;
      }
      button.disabled = true;
      clearMessages();
      key = key || newKey();
      try {
        const notice = await run(key);
        // Done: the button stays disabled until the reload below replaces its row.
        showNotice(notice);
        loadAll();
      } catch (error) {
        if (error instanceof ApiError) {
          key = null;
        }
        showError(error);
        button.disabled = false;
      }
    });
    return button;
  }

  /** Approve, or reject with a reason typed beside the button. */
  function decision(kind, id, name, approve, reject) {
    const reasonId = kind + '-reason-' + id;
    const reason = el('input', { id: reasonId, className: 'reason', type: 'text', maxlength: 1000,
      placeholder: 'Reason to reject' });
    return el('div', { className: 'decision' },
      actionButton('Approve', 'Approve ' + name, 'primary approve', approve),
      el('label', { for: reasonId, className: 'visually-hidden' }, 'Reason to reject ' + name),
      reason,
      actionButton('Reject', 'Reject ' + name, 'danger reject', (key) => reject(key, reason.value)));
  }

  // ---------------------------------------------------------------- sections

  /** Runs a section's load; only the latest load of a section renders, so a slow earlier one never wins. */
  async function load(section, work) {
    const ticket = (loads[section] = (loads[section] || 0) + 1);
    const node = byId(section);
    node.setAttribute('aria-busy', 'true');
    try {
      const render = await work();
      if (loads[section] === ticket && session) {
        render();
      }
    } catch (error) {
      if (loads[section] === ticket) {
        showError(error);
      }
    } finally {
      if (loads[section] === ticket) {
        node.setAttribute('aria-busy', 'false');
      }
    }
  }

  function fill(tbodyId, rows, columns, empty) {
    byId(tbodyId).replaceChildren(...(rows.length ? rows
      : [el('tr', {}, el('td', { colspan: columns, className: 'empty' }, empty))]));
  }

  function loadCompletions() {
    return load('completions', async () => {
      const [pending, recent] = await Promise.all([
        call('GET', '/api/admin/completion-requests?status=pending&limit=' + QUEUE_SIZE),
        call('GET', '/api/admin/completion-requests?limit=' + PAGE_SIZE),
      ]);
      const requests = pending.completionRequests.concat(
        recent.completionRequests.filter((request) => request.status !== 'pending'));
      const more = pending.pagination.totalCompletionRequests - pending.completionRequests.length;
      return () => fill('completions-rows', requests.map(completionRow).concat(more > 0
        ? [el('tr', {}, el('td', { colspan: 7, className: 'empty' }, more + ' more pending, shown once these are decided'))]
        : []), 7, 'No completion requests.');
    });
  }

  function completionRow(request) {
    const name = 'completion of ' + request.jobTitle;
    const pending = request.status === 'pending';
    return el('tr', { dataset: { id: request._id }, className: 'completion' },
      el('td', {}, request.jobTitle),
      el('td', {}, party(request.customer)),
      el('td', {}, party(request.contractor)),
      el('td', { className: 'number' }, money(request.contractorPayout)),
      el('td', {}, time(request.requestedAt)),
      el('td', {}, status(request.status)),
      el('td', {}, pending
        ? decision('completion', request._id, name,
          async (key) => {
            await call('POST', path('/api/admin/completion-requests/{id}/approve', request._id), { key });
            return 'Approved ' + name + ': ' + money(request.contractorPayout) + ' paid to '
              + (request.contractor ? request.contractor.name : 'the contractor') + '.';
          },
          async (key, reason) => {
            await call('POST', path('/api/admin/completion-requests/{id}/reject', request._id),
              { key, body: { reason } });
            return 'Rejected ' + name + '.';
          })
        : (request.rejectionReason ? 'Reason: ' + request.rejectionReason : '')));
  }

  function loadWithdrawals() {
    return load('withdrawals', async () => {
      const [pending, processing] = await Promise.all([
        call('GET', '/api/admin/withdrawals?status=pending&limit=' + QUEUE_SIZE),
        call('GET', '/api/admin/withdrawals?status=processing&limit=' + QUEUE_SIZE),
      ]);
      const withdrawals = pending.withdrawals.concat(processing.withdrawals);
      return () => fill('withdrawals-rows', withdrawals.map(withdrawalRow), 5, 'No withdrawals waiting.');
    });
  }

  function withdrawalRow(withdrawal) {
    const name = 'withdrawal of ' + money(withdrawal.amount) + ' by ' + withdrawal.contractor.name;
    return el('tr', { dataset: { id: withdrawal._id }, className: 'withdrawal' },
      el('td', {}, party(withdrawal.contractor)),
      el('td', { className: 'number' }, money(withdrawal.amount)),
      el('td', {}, time(withdrawal.requestedAt)),
      el('td', {}, status(withdrawal.status)),
      el('td', {}, decision('withdrawal', withdrawal._id, name,
        async (key) => {
          await call('POST', path('/api/admin/withdrawals/{id}/approve', withdrawal._id), { key });
          return 'Approved ' + name + ': paid out.';
        },
        async (key, reason) => {
          await call('POST', path('/api/admin/withdrawals/{id}/reject', withdrawal._id), { key, body: { reason } });
          return 'Rejected ' + name + ': the money is back in the wallet.';
        })));
  }

  function loadUsers() {
    return load('users', async () => {
      const query = new URLSearchParams({ page: String(users.page), limit: String(PAGE_SIZE) });
      if (users.email) {
        query.set('email', users.email);
      }
      const data = await call('GET', '/api/admin/users?' + query);
      return () => {
        fill('users-rows', data.users.map(userRow), 6, 'No users match.');
        pager('users-pager', data.pagination, data.pagination.totalUsers, users, loadUsers);
      };
    });
  }

  function userRow(user) {
    const wallet = user.wallet;
    const reasonId = 'freeze-reason-' + user._id;
    const reason = el('input', { id: reasonId, className: 'reason', type: 'text', maxlength: 1000,
      placeholder: 'Reason to freeze' });
    // The platform admin's wallet is the platform's view of escrow and revenue; there is nothing to freeze.
    const control = user.role === 'admin' ? '—' : wallet.isFrozen
      ? actionButton('Unfreeze', 'Unfreeze the wallet of ' + user.email, 'unfreeze', async (key) => {
        await call('POST', path('/api/admin/users/{id}/unfreeze', user._id), { key });
        return 'Unfroze the wallet of ' + user.email + '.';
      })
      : el('div', { className: 'decision' },
        el('label', { for: reasonId, className: 'visually-hidden' }, 'Reason to freeze the wallet of ' + user.email),
        reason,
        actionButton('Freeze', 'Freeze the wallet of ' + user.email, 'danger freeze', async (key) => {
          await call('POST', path('/api/admin/users/{id}/freeze', user._id), { key, body: { reason: reason.value } });
          return 'Froze the wallet of ' + user.email + '.';
        }));
    return el('tr', { dataset: { id: user._id }, className: 'user' },
      el('td', {}, user.name),
      el('td', {}, user.email),
      el('td', {}, user.role),
      el('td', { className: 'number' }, money(wallet.balance)),
      el('td', { className: wallet.isFrozen ? 'frozen' : '' },
        wallet.isFrozen ? 'Frozen' + (wallet.frozenReason ? ': ' + wallet.frozenReason : '') : 'Active'),
      el('td', {}, control));
  }

  function pager(id, pagination, total, state, reload) {
    const pages = Math.max(1, pagination.totalPages);
    const previous = el('button', { type: 'button', disabled: state.page <= 1 }, 'Previous');
    const next = el('button', { type: 'button', disabled: state.page >= pages }, 'Next');
    previous.addEventListener('click', () => {
      state.page -= 1;
      reload();
    });
    next.addEventListener('click', () => {
      state.page += 1;
      reload();
    });
    byId(id).replaceChildren(previous, el('span', {}, 'Page ' + state.page + ' of ' + pages + ' (' + total + ')'), next);
  }

  function loadLedger() {
    return load('ledger', async () => {
      const [balances, check, page] = await Promise.all([
        call('GET', '/api/admin/ledger/balances'),
        call('GET', '/api/admin/ledger/verify'),
        call('GET', '/api/admin/ledger/transfers?page=' + transfers.page + '&limit=' + PAGE_SIZE),
      ]);
      return () => {
        fill('balances-rows', [
          ['Escrow', balances.escrow], ['Revenue', balances.revenue],
          ['Withdrawals pending', balances.withdrawalsPending], ['Stripe clearing', balances.stripeClearing],
        ].map(([label, amount]) => el('tr', {}, el('th', { scope: 'row' }, label),
          el('td', { className: 'number', dataset: { balance: label } }, money(amount)))), 2, '');
        byId('verify-result').replaceChildren(el('strong', { className: check.balanced ? 'status-completed' : 'status-failed' },
          check.balanced ? 'Balanced' : 'Not balanced'),
        ': ' + check.accountsChecked + ' accounts and ' + check.transfersChecked + ' transfers checked.');
        byId('verify-discrepancies').replaceChildren(...check.discrepancies.map((text) => el('li', {}, text)));
        fill('transfers-rows', page.transfers.map(transferRow), 3, 'No transfers yet.');
        pager('transfers-pager', page.pagination, page.pagination.totalTransfers, transfers, loadLedger);
      };
    });
  }

  function transferRow(transfer) {
    return el('tr', { dataset: { id: transfer._id }, className: 'transfer' },
      el('td', {}, time(transfer.createdAt)),
      el('td', {}, words(transfer.type)),
      el('td', {}, el('ul', { className: 'postings' }, transfer.postings.map((posting) => el('li', {},
        el('span', { className: 'account' }, posting.account),
        el('span', { className: 'number' + (Number(posting.amount) < 0 ? ' negative' : '') }, money(posting.amount)))))));
  }

  function loadAll() {
    loadCompletions();
    loadWithdrawals();
    loadUsers();
    loadLedger();
  }

  // ---------------------------------------------------------------- wiring

  document.addEventListener('DOMContentLoaded', () => {
    byId('sign-in-form').addEventListener('submit', signIn);
    byId('sign-out').addEventListener('click', signOut);
    byId('user-search').addEventListener('submit', (event) => {
      event.preventDefault();
      users.email = byId('user-email').value.trim();
      users.page = 1;
      loadUsers();
    });
    const reloads = { completions: loadCompletions, withdrawals: loadWithdrawals, ledger: loadLedger };
    for (const button of document.querySelectorAll('[data-reload]')) {
      button.addEventListener('click', () => {
        clearMessages();
        reloads[button.dataset.reload]();
      });
    }
    byId('email').focus();
  });
})();
