from sqlalchemy import BigInteger, Boolean, Column, DateTime, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Sequence, String, Table, Text, text
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()


t_repositories = Table(
    'repositories', metadata,
    Column('id', Integer, Sequence('projects_id_seq'), primary_key=True, autoincrement=True),
    Column('name', String(120), nullable=False),
    Column('is_archived', Boolean, nullable=False, server_default=text('false')),
    PrimaryKeyConstraint('id', name='projects_pkey')
)

t_issues = Table(
    'issues', metadata,
    Column('id', BigInteger, primary_key=True, autoincrement=True),
    Column('repository_id', Integer, nullable=False),
    Column('title', Text, nullable=False),
    Column('state', String(24), nullable=False, server_default=text("'open'::character varying")),
    Column('opened_at', DateTime(True), nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Column('labels', ARRAY(Text()), nullable=False, server_default=text("'{}'::text[]")),
    ForeignKeyConstraint(['repository_id'], ['repositories.id'], ondelete='CASCADE', name='issues_project_id_fkey'),
    PrimaryKeyConstraint('id', name='issues_pkey'),
    Index('issues_repository_state_idx', 'repository_id', 'state')
)
