/**
 * The pages for what went wrong: not found (with a way on: search, the official
 * site), a bad request, too many requests (with when to try again), and a server error
 * that says nothing about the server.
 *
 * @module
 */
import { SearchBox } from './layout.tsx';

/** The content of an error page for `status`; `what` says what was asked for. */
export function ErrorContent(props: {
  status: number;
  path: string;
  detail?: string | undefined;
  official?: string | null;
}) {
  const { status } = props;
  if (status === 404) {
    return (
      <>
        <h1>Niet gevonden</h1>
        <p>{props.detail ?? 'Deze pagina bestaat niet.'}</p>
        {props.official ? (
          <p>
            Misschien staat het wel op de officiële site:{' '}
            <a href={props.official} rel="noopener noreferrer">
              {props.official}
            </a>
          </p>
        ) : null}
        <p>
          Zoek in het archief, of ga naar de <a href="/">beginpagina</a>.
        </p>
        <SearchBox id="zoek" />
      </>
    );
  }
  if (status === 429) {
    return (
      <>
        <h1>Even geduld</h1>
        <p>{props.detail ?? 'Griffie krijgt van uw adres te veel verzoeken. Probeer het straks opnieuw.'}</p>
        <p>
          <a href="/">Naar de beginpagina</a>
        </p>
      </>
    );
  }
  if (status >= 500) {
    return (
      <>
        <h1>Er ging iets mis</h1>
        <p>Griffie kon deze pagina nu niet maken. Probeer het later nog eens.</p>
        <p>
          <a href="/">Naar de beginpagina</a>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>Dit verzoek kan Griffie niet verwerken</h1>
      <p>{props.detail ?? 'Controleer het adres.'}</p>
      <p>
        <a href="/">Naar de beginpagina</a>
      </p>
    </>
  );
}
