/*
 * Parley web chat: the widget a site adds with one tag (plain JavaScript, no build step).
 *   <script src="https://parley.example/webchat/widget.js" data-channel="ch_…" async></script>
 * Optional: data-title="Chat with us", data-color="#0b57d0".
 * Everything people wrote is rendered with textContent, never as HTML.
 */
(function () {
  'use strict';

  var MAX_LENGTH = 5000;
  var script = document.currentScript || findOwnScript();
  if (!script) return;
  var channelId = script.getAttribute('data-channel');
  if (!channelId) return;
  var started = (window.__parleyWebchat = window.__parleyWebchat || {});
  if (started[channelId]) return;
  started[channelId] = true;

  var server = new URL(script.src, location.href).origin;
  var socketServer = server.replace(/^http/, 'ws');
  var channelPath = '/webchat/' + encodeURIComponent(channelId);
  var storageKey = 'parley.webchat.' + channelId;
  var title = script.getAttribute('data-title') || 'Chat with us';
  var color = script.getAttribute('data-color') || '';

  function findOwnScript() {
    var tags = document.querySelectorAll('script[data-channel][src]');
    for (var i = 0; i < tags.length; i++) {
      var channel = tags[i].getAttribute('data-channel');
      var seen = window.__parleyWebchat || {};
      if (/\/webchat\/widget\.js(\?|#|$)/.test(tags[i].src) && !seen[channel]) return tags[i];
    }
    return null;
  }

  // ---- the visitor, kept across page loads (in memory when storage is blocked) ----
  var memorySession = null;
  function readSession() {
    try {
      var saved = JSON.parse(localStorage.getItem(storageKey) || 'null');
      if (saved && typeof saved.token === 'string' && typeof saved.visitorId === 'string') return saved;
    } catch (e) { /* storage blocked or damaged: fall through */ }
    return memorySession;
  }
  function writeSession(session) {
    memorySession = session;
    try { localStorage.setItem(storageKey, JSON.stringify(session)); } catch (e) { /* storage blocked */ }
  }

  // ---- the interface, in a shadow root so that the site's CSS and ours never meet ----
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    for (var name in attributes) node.setAttribute(name, attributes[name]);
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  }
  function chatIcon() {
    var ns = 'http://www.w3.org/2000/svg';
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', 'M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z');
    svg.appendChild(path);
    return svg;
  }

  var CSS = [
    ':host{all:initial}',
    '.frame{font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji";color:#1f2328;--accent:#0b57d0}',
    '.hidden-text{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}',
    '.launcher{position:fixed;bottom:20px;inset-inline-end:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;border:0;background:var(--accent);color:#fff;cursor:pointer;box-shadow:0 4px 14px rgba(0,0,0,.25);display:flex;align-items:center;justify-content:center}',
    '.launcher svg{width:26px;height:26px;fill:currentColor}',
    '.badge{position:absolute;top:-4px;inset-inline-end:-4px;min-width:20px;height:20px;padding:0 5px;box-sizing:border-box;border-radius:10px;background:#d93025;color:#fff;font-size:12px;line-height:20px;text-align:center}',
    '.badge[hidden]{display:none}',
    'button:focus-visible,textarea:focus-visible,.log:focus-visible{outline:3px solid #f9ab00;outline-offset:2px}',
    '.panel{position:fixed;bottom:88px;inset-inline-end:20px;z-index:2147483000;width:min(360px,calc(100vw - 24px));height:min(520px,calc(100vh - 110px));display:flex;flex-direction:column;background:#fff;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.3);overflow:hidden}',
    '.panel[hidden]{display:none}',
    '.header{display:flex;align-items:center;justify-content:space-between;padding:12px 14px;background:var(--accent);color:#fff}',
    '.header h2{margin:0;font-size:16px;font-weight:600}',
    '.close{border:0;background:transparent;color:inherit;font-size:22px;line-height:1;cursor:pointer;padding:4px 8px;border-radius:6px}',
    '.log{flex:1;margin:0;padding:12px;list-style:none;overflow-y:auto;display:flex;flex-direction:column;gap:8px}',
    '.msg{max-width:85%;padding:8px 11px;border-radius:12px;background:#f1f3f4;align-self:flex-start}',
    '.msg.in{align-self:flex-end;background:var(--accent);color:#fff}',
    '.msg.pending{opacity:.7}',
    '.msg.failed{outline:2px solid #d93025}',
    '.text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;unicode-bidi:plaintext}',
    '.meta{display:block;margin-top:3px;font-size:11px;opacity:.8}',
    '.retry{margin-inline-start:6px;border:0;background:transparent;color:inherit;text-decoration:underline;cursor:pointer;font:inherit}',
    '.status{margin:0;padding:0 12px;font-size:12px;color:#5f6368;min-height:0}',
    '.composer{display:flex;gap:8px;padding:10px;border-top:1px solid #e0e0e0}',
    '.composer textarea{flex:1;resize:none;font:inherit;padding:8px;border:1px solid #c4c7c5;border-radius:8px;max-height:120px;box-sizing:border-box;unicode-bidi:plaintext}',
    '.send{border:0;border-radius:8px;padding:0 14px;background:var(--accent);color:#fff;font:inherit;cursor:pointer}',
    '@media (prefers-color-scheme:dark){.panel{background:#202124;color:#e8eaed}.msg{background:#303134}.composer textarea{background:#303134;color:#e8eaed;border-color:#5f6368}.status{color:#bdc1c6}}',
  ].join('\n');

  var host = el('div', { 'data-parley-webchat': channelId });
  var root = host.attachShadow({ mode: 'open' });
  var pageDirection = document.documentElement.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr';
  var frame = el('div', { 'class': 'frame', dir: pageDirection });
  if (/^#[0-9a-f]{3,8}$/i.test(color)) frame.style.setProperty('--accent', color);

  var badge = el('span', { 'class': 'badge', 'aria-hidden': 'true', hidden: '' });
  var launcher = el('button', {
    type: 'button', 'class': 'launcher', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', 'aria-controls': 'parley-panel',
    'aria-label': 'Open chat',
  }, [chatIcon(), badge]);
  var closeButton = el('button', { type: 'button', 'class': 'close', 'aria-label': 'Close chat' }, ['\u00d7']);
  var log = el('ol', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-label': 'Messages', tabindex: '0' });
  var status = el('p', { 'class': 'status', role: 'status' });
  var input = el('textarea', { id: 'parley-input', rows: '1', dir: 'auto', placeholder: 'Write a message\u2026', autocomplete: 'off' });
  var sendButton = el('button', { type: 'submit', 'class': 'send' }, ['Send']);
  var form = el('form', { 'class': 'composer' }, [
    el('label', { 'for': 'parley-input', 'class': 'hidden-text' }, ['Message']), input, sendButton,
  ]);
  var panel = el('section', { id: 'parley-panel', 'class': 'panel', role: 'dialog', 'aria-labelledby': 'parley-title', hidden: '' }, [
    el('div', { 'class': 'header' }, [el('h2', { id: 'parley-title' }, [title]), closeButton]), log, status, form,
  ]);
  // Announces replies while the panel is closed (a hidden live region says nothing).
  var announcer = el('p', { 'class': 'hidden-text', role: 'status' });
  var style = document.createElement('style');
  style.textContent = CSS;
  frame.appendChild(launcher);
  frame.appendChild(panel);
  frame.appendChild(announcer);
  root.appendChild(style);
  root.appendChild(frame);
  (document.body || document.documentElement).appendChild(host);

  var isOpen = false;
  var unread = 0;
  function setOpen(open) {
    isOpen = open;
    if (open) panel.removeAttribute('hidden'); else panel.setAttribute('hidden', '');
    launcher.setAttribute('aria-expanded', String(open));
    launcher.setAttribute('aria-label', open ? 'Close chat' : 'Open chat');
    if (open) {
      unread = 0;
      showUnread();
      start();
      input.focus();
      log.scrollTop = log.scrollHeight;
    }
  }
  function showUnread() {
    badge.textContent = unread > 9 ? '9+' : String(unread);
    if (unread > 0) badge.removeAttribute('hidden'); else badge.setAttribute('hidden', '');
    if (!isOpen) launcher.setAttribute('aria-label', unread > 0 ? 'Open chat, ' + unread + ' new' : 'Open chat');
  }
  function setStatus(text) { status.textContent = text; }

  launcher.addEventListener('click', function () { setOpen(!isOpen); });
  closeButton.addEventListener('click', function () { setOpen(false); launcher.focus(); });
  panel.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') { setOpen(false); launcher.focus(); }
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) { event.preventDefault(); submit(); }
  });
  input.addEventListener('input', function () {
    input.style.height = 'auto';
    input.style.height = Math.min(input.scrollHeight, 120) + 'px';
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); submit(); });

  // ---- messages on screen ----
  var shown = new Set();
  function formatTime(iso) {
    var date = new Date(iso);
    return isNaN(date.getTime()) ? '' : date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  }
  function bubble(direction, text) {
    var li = el('li', { 'class': 'msg ' + (direction === 'in' ? 'in' : 'out') }, [
      el('span', { 'class': 'hidden-text' }, [direction === 'in' ? 'You: ' : 'Support: ']),
      el('p', { 'class': 'text', dir: 'auto' }, [text]),
      el('span', { 'class': 'meta' }),
    ]);
    return li;
  }
  function setMeta(li, text, sentAt) {
    var meta = li.querySelector('.meta');
    meta.textContent = '';
    if (sentAt) meta.appendChild(el('time', { datetime: sentAt }, [formatTime(sentAt)]));
    else meta.textContent = text;
  }
  /** Confirmed messages go above the ones still on their way. */
  function place(li) {
    var nearBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 60;
    var firstUnconfirmed = log.querySelector('.pending, .failed');
    log.insertBefore(li, firstUnconfirmed);
    if (nearBottom) log.scrollTop = log.scrollHeight;
  }
  function showMessage(message, isLive) {
    if (shown.has(message.id)) return;
    shown.add(message.id);
    var li = bubble(message.direction, message.text);
    li.setAttribute('data-id', message.id);
    setMeta(li, '', message.sentAt);
    place(li);
    if (isLive && message.direction === 'out' && !isOpen) {
      unread++;
      showUnread();
      announcer.textContent = 'New message from support';
    }
  }

  // ---- sending: each message has a client id, so a resend is stored once ----
  var pending = new Map();
  function newClientId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b < 16 ? '0' : '') + b.toString(16); }).join('');
  }
  function submit() {
    var text = input.value;
    if (!text.trim()) return;
    var length = Array.from(text).length;
    if (length > MAX_LENGTH) {
      setStatus('This message is ' + (length - MAX_LENGTH) + ' characters too long.');
      return;
    }
    input.value = '';
    input.style.height = 'auto';
    var item = { id: newClientId(), text: text, li: bubble('in', text) };
    item.li.classList.add('pending');
    setMeta(item.li, 'Sending\u2026');
    log.appendChild(item.li);
    log.scrollTop = log.scrollHeight;
    pending.set(item.id, item);
    transmit(item);
  }
  function transmit(item) {
    item.li.classList.remove('failed');
    item.li.classList.add('pending');
    setMeta(item.li, 'Sending\u2026');
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: 'message', id: item.id, text: item.text }));
    } else if (session) {
      sendOverHttp(item);
    } else {
      start();
    }
  }
  // Without a socket the message still goes, over HTTP; it stays pending so that the next socket
  // resends it (stored once, by its client id) and learns its id.
  function sendOverHttp(item) {
    fetch(server + '/webhooks/webchat/' + encodeURIComponent(channelId), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-parley-visitor': session.token },
      body: JSON.stringify({ id: item.id, text: item.text }),
      credentials: 'omit',
    }).then(function (response) {
      if (response.ok && pending.get(item.id) === item) setMeta(item.li, 'Sent');
    }).catch(function () { /* the next socket resends it */ });
  }
  function onAck(frame) {
    var item = pending.get(frame.id);
    if (!item) return;
    pending.delete(frame.id);
    item.li.classList.remove('pending', 'failed');
    if (shown.has(frame.messageId)) { item.li.remove(); return; }
    shown.add(frame.messageId);
    item.li.setAttribute('data-id', frame.messageId);
    setMeta(item.li, '', new Date().toISOString());
    // Move it among the confirmed messages.
    place(item.li);
  }
  function onError(frame) {
    var item = frame.id ? pending.get(frame.id) : null;
    if (!item) { setStatus(String(frame.detail || 'Something went wrong.')); return; }
    item.li.classList.remove('pending');
    item.li.classList.add('failed');
    setMeta(item.li, 'Not sent: ' + String(frame.detail || frame.code));
    var canRetry = frame.code === 'too_many_requests' || frame.code === 'unavailable';
    if (!canRetry) { pending.delete(item.id); return; }
    var retry = el('button', { type: 'button', 'class': 'retry' }, ['Retry']);
    retry.addEventListener('click', function () { transmit(item); });
    item.li.querySelector('.meta').appendChild(retry);
  }
  function onFrame(data) {
    var frame;
    try { frame = JSON.parse(data); } catch (e) { return; }
    if (!frame || typeof frame !== 'object') return;
    if (frame.type === 'ack') onAck(frame);
    else if (frame.type === 'message' && frame.message) showMessage(frame.message, true);
    else if (frame.type === 'error') onError(frame);
  }

  // ---- the session and its socket, reconnected with backoff ----
  var session = null;
  var socket = null;
  var starting = null;
  var failures = 0;
  var retryTimer = null;
  var historyLoaded = false;

  function openSession() {
    var saved = readSession();
    var headers = { 'content-type': 'application/json' };
    if (saved) headers.authorization = 'Bearer ' + saved.token;
    return fetch(server + channelPath + '/sessions', {
      method: 'POST', headers: headers, body: '{}', credentials: 'omit',
    }).then(function (response) {
      if (!response.ok) throw new Error('session refused: ' + response.status);
      return response.json();
    }).then(function (data) {
      if (session && session.visitorId !== data.visitorId) {
        // The old visitor is gone (its token no longer checks out): start a clean log.
        shown.clear();
        log.textContent = '';
        pending.forEach(function (item) { log.appendChild(item.li); });
        historyLoaded = false;
      }
      session = { visitorId: data.visitorId, token: data.token };
      writeSession(session);
    });
  }
  function start() {
    if (starting || socket) return;
    starting = openSession().then(function () {
      starting = null;
      connect();
    }, function () {
      starting = null;
      setStatus('Chat is unavailable right now. Retrying\u2026');
      retryLater();
    });
  }
  function connect() {
    clearTimeout(retryTimer);
    if (socket) return;
    var current = new WebSocket(socketServer + channelPath + '/socket?token=' + encodeURIComponent(session.token));
    socket = current;
    current.onopen = function () {
      failures = 0;
      setStatus('');
      pending.forEach(transmit);
      loadHistory();
    };
    current.onmessage = function (event) { if (typeof event.data === 'string') onFrame(event.data); };
    current.onclose = function () {
      if (socket !== current) return;
      socket = null;
      retryLater();
    };
  }
  function retryLater() {
    failures++;
    if (failures > 1) setStatus('Reconnecting\u2026');
    var delay = Math.min(30000, 1000 * Math.pow(2, failures - 1)) * (0.5 + Math.random() / 2);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(function () {
      // After a few failed tries the token may be at fault: asking again replaces it if so.
      if (!session || failures >= 3) start(); else connect();
    }, delay);
  }
  function loadHistory() {
    var first = !historyLoaded;
    return fetch(server + channelPath + '/history', {
      headers: { authorization: 'Bearer ' + session.token }, credentials: 'omit',
    }).then(function (response) {
      return response.ok ? response.json() : null;
    }).then(function (data) {
      if (!data || !Array.isArray(data.messages)) return;
      historyLoaded = true;
      // The first page of history is not news: screen readers should not read it all out.
      if (first) log.setAttribute('aria-busy', 'true');
      data.messages.forEach(function (message) { showMessage(message, !first); });
      log.removeAttribute('aria-busy');
      log.scrollTop = log.scrollHeight;
    }).catch(function () { /* shown on the next reconnect */ });
  }

  window.addEventListener('online', function () {
    if (!socket && session) { failures = 0; connect(); }
  });
  // A returning visitor is connected at once, so replies that arrive while they browse show up;
  // a new one only when they open the chat.
  if (readSession()) start();
})();
