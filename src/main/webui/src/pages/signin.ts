import { finishOidcSignIn, signInWithDevToken, startOidcSignIn, uiConfig } from '../auth';
import { h } from '../dom';

const ROLES: [string, string][] = [
  ['sales', 'Продажи: опубликованные карточки'],
  ['marketing', 'Маркетинг: опубликованные карточки'],
  ['pm', 'Продакт: и черновики, и карточки на проверке'],
  ['admin', 'Администратор: всё'],
];

export async function signInPage(main: HTMLElement, params: URLSearchParams, expired: boolean, signedIn: () => Promise<void>): Promise<void> {
  main.append(h('h1', null, 'Вход'));
  if (expired) {
    main.append(h('p', { class: 'card-box notice', role: 'alert' },
      'Срок входа истёк. Войдите снова — вы вернётесь на ту же страницу.'));
  }
  const status = h('p', { role: 'status', class: 'muted' });
  main.append(status);
  let config;
  try {
    config = await uiConfig();
  } catch {
    status.textContent = 'Не удалось узнать, как входить: портал недоступен. Обновите страницу позже.';
    return;
  }
  if (params.has('code') && config.oidc) {
    status.textContent = 'Завершаем вход…';
    try {
      const next = await finishOidcSignIn(params);
      history.replaceState(null, '', `/signin?next=${encodeURIComponent(next)}`);
      await signedIn();
    } catch (e) {
      status.textContent = e instanceof Error ? e.message : String(e);
    }
    return;
  }
  if (config.devTokens) {
    const devPath = config.devTokens;
    const user = h('input', { id: 'signin-user', name: 'user', autocomplete: 'username', placeholder: 'например, anna' });
    const radios = ROLES.map(([role, label], i) =>
      h('label', { class: 'choice' }, h('input', { type: 'radio', name: 'role', value: role, checked: i === 0 }), ` ${label}`));
    const form = h('form', { class: 'card-box signin' },
      h('p', null, 'Режим разработки: выберите роль, портал выдаст тестовый токен.'),
      h('fieldset', null, h('legend', null, 'Роль'), radios),
      h('label', { for: 'signin-user' }, 'Имя (необязательно)'), user,
      h('p', null, h('button', { type: 'submit' }, 'Войти')));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const role = (form.querySelector('input[name=role]:checked') as HTMLInputElement).value;
      try {
        await signInWithDevToken(devPath, role, user.value);
        await signedIn();
      } catch (e) {
        status.textContent = `Не удалось войти: ${e instanceof Error ? e.message : String(e)}`;
      }
    });
    main.append(form);
  } else if (config.oidc?.clientId) {
    const button = h('button', { type: 'button' }, 'Войти через корпоративный аккаунт');
    button.addEventListener('click', () => {
      startOidcSignIn(params.get('next') ?? (location.pathname === '/signin' ? '/search' : location.pathname + location.search)).catch((e) => { status.textContent = `Не удалось начать вход: ${String(e)}`; });
    });
    main.append(h('p', null, button));
  } else {
    status.textContent = 'Вход не настроен: администратору нужно задать portal.ui.oidc.authority и portal.ui.oidc.client-id.';
  }
}
