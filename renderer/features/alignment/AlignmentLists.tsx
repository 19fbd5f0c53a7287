/** The lists of the Alignment panel: gaps to close, each item a button that reveals it. */
import type { JourneyAlignment, Ref } from '../../../shared/analysis/alignment.ts';
import type { Stage } from '../../../shared/domain/model.ts';
import type { Reveal } from './AlignmentPanel.tsx';

function Item({ item, fallback, reveal, detail }: { item: Ref; fallback: string; reveal: Reveal; detail?: string }) {
  return (
    <li className="list-item alignment-item">
      <button type="button" className="alignment-link" onClick={() => reveal(item.id)}>{item.name || fallback}</button>
      {detail !== undefined && <span className="chip">{detail}</span>}
    </li>
  );
}

export function UnlinkedTouchpoints({ groups, reveal }: { groups: JourneyAlignment['unlinkedTouchpoints']; reveal: Reveal }) {
  return (
    <section className="panel-section" aria-labelledby="alignment-unlinked">
      <h3 id="alignment-unlinked">Touchpoints without data</h3>
      {groups.length === 0 ? (
        <p className="alignment-note">Every touchpoint has at least one data link.</p>
      ) : groups.map((g) => (
        <div key={g.stageId} className="alignment-group">
          <button type="button" className="alignment-link alignment-group-title" onClick={() => reveal(g.stageId)}>{g.name || 'Untitled stage'}</button>
          <ul className="list" aria-label={`Touchpoints without data in ${g.name || 'Untitled stage'}`}>
            {g.touchpoints.map((t) => <Item key={t.id} item={t} fallback="Untitled touchpoint" reveal={reveal} />)}
          </ul>
        </div>
      ))}
    </section>
  );
}

interface FrictionListsProps {
  unowned: JourneyAlignment['unownedFrictions'];
  causes: JourneyAlignment['frictionSystems'];
  stages: readonly Stage[];
  reveal: Reveal;
}

export function FrictionLists({ unowned, causes, stages, reveal }: FrictionListsProps) {
  const stageName = new Map(stages.map((s) => [s.id, s.name || 'Untitled stage']));
  return (
    <>
      <section className="panel-section" aria-labelledby="alignment-unowned">
        <h3 id="alignment-unowned">Friction points without owner</h3>
        {unowned.length === 0 ? (
          <p className="alignment-note">Every friction point has an owner.</p>
        ) : (
          <ul className="list" aria-labelledby="alignment-unowned">
            {unowned.map((f) => <Item key={f.id} item={f} fallback="Untitled friction point" reveal={reveal} detail={stageName.get(f.stageId) ?? ''} />)}
          </ul>
        )}
      </section>
      <section className="panel-section" aria-labelledby="alignment-causes">
        <h3 id="alignment-causes">Friction ↔ systems</h3>
        {causes.length === 0 ? (
          <p className="alignment-note">No friction point is linked to a system yet.</p>
        ) : (
          <table className="alignment-table" aria-labelledby="alignment-causes">
            <thead><tr><th scope="col">Friction point</th><th scope="col">Caused by</th></tr></thead>
            <tbody>
              {causes.map((f) => (
                <tr key={f.id}>
                  <th scope="row"><button type="button" className="alignment-link" onClick={() => reveal(f.id)}>{f.name || 'Untitled friction point'}</button></th>
                  <td>
                    <ul className="alignment-systems">
                      {f.systems.map((s) => (
                        <li key={s.id}><button type="button" className="alignment-link" onClick={() => reveal(s.id)}>{s.name || 'Untitled system'}</button></li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

export function UnusedSystems({ systems, reveal }: { systems: Ref[]; reveal: Reveal }) {
  return (
    <section className="panel-section" aria-labelledby="alignment-unused">
      <h3 id="alignment-unused">Unused systems</h3>
      {systems.length === 0 ? (
        <p className="alignment-note">Every system in the catalog feeds at least one touchpoint.</p>
      ) : (
        <ul className="list" aria-labelledby="alignment-unused">
          {systems.map((s) => <Item key={s.id} item={s} fallback="Untitled system" reveal={reveal} />)}
        </ul>
      )}
    </section>
  );
}
