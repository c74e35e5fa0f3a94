import { useRouteStore, type Route } from '../stores/route-store';
import { switchTrainee } from './switch-trainee';

interface NavItem {
  label: string;
  to: Route;
  /** Screens that belong under this item, so it stays marked as current there. */
  covers: Route['name'][];
}

const NAV: NavItem[] = [
  { label: 'Library', to: { name: 'library' }, covers: ['library', 'play'] },
  { label: 'My progress', to: { name: 'progress' }, covers: ['progress'] },
  { label: 'Authoring', to: { name: 'authoring' }, covers: ['authoring', 'scenario-editor'] },
  { label: 'Team', to: { name: 'team' }, covers: ['team', 'trainee-report', 'scenario-report', 'review-attempt'] },
  { label: 'Your data', to: { name: 'data' }, covers: ['data'] },
];

/** The app's name, its places (practice, progress, authoring), and who is training. */
export function AppHeader({ traineeName }: { traineeName: string | null }) {
  const current = useRouteStore((s) => s.route.name);
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <svg className="app-header__logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
          <rect width="32" height="32" rx="7" fill="#2f6bbd" />
          <path d="M8 9h16a2 2 0 0 1 2 2v8a2 2 0 0 1-2 2h-8l-5 4v-4H8a2 2 0 0 1-2-2v-8a2 2 0 0 1 2-2z" fill="#fff" />
        </svg>
        <span className="app-header__name">Rapport</span>
      </div>
      {traineeName !== null && (
        <>
          <nav className="app-header__nav" aria-label="Main">
            <ul>
              {NAV.map((item) => {
                const active = item.covers.includes(current);
                return (
                  <li key={item.label}>
                    <button
                      type="button"
                      className="app-header__link"
                      aria-current={active ? 'page' : undefined}
                      onClick={() => {
                        if (current !== item.to.name) navigate(item.to);
                      }}
                    >
                      {item.label}
                    </button>
                  </li>
                );
              })}
            </ul>
          </nav>
          <p className="app-header__trainee">
            <span>
              <span className="app-header__trainee-label">Trainee</span> <strong>{traineeName}</strong>
            </span>{' '}
            <button type="button" className="app-header__switch" onClick={switchTrainee}>
              Not you? Switch trainee
            </button>
          </p>
        </>
      )}
    </header>
  );
}
