from sqlalchemy import BigInteger, Boolean, CheckConstraint, Column, ForeignKeyConstraint, Identity, Index, Integer, MetaData, PrimaryKeyConstraint, SmallInteger, Table, Text, UniqueConstraint, Uuid, text

metadata = MetaData()


t_projects = Table(
    'projects', metadata,
    Column('id', Uuid, primary_key=True, server_default=text('gen_random_uuid()')),
    Column('slug', Text, nullable=False),
    Column('title', Text, nullable=False),
    Column('legacy_ref', Integer),
    PrimaryKeyConstraint('id', name='projects_pkey'),
    UniqueConstraint('slug', name='projects_slug_key')
)

t_tasks = Table(
    'tasks', metadata,
    Column('id', BigInteger, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True),
    Column('project_id', Uuid, nullable=False),
    Column('summary', Text, nullable=False),
    Column('done', Boolean, nullable=False, server_default=text('false')),
    Column('priority', SmallInteger, nullable=False, server_default=text('3')),
    CheckConstraint('priority >= 1 AND priority <= 5', name='tasks_priority_check'),
    ForeignKeyConstraint(['project_id'], ['projects.id'], ondelete='CASCADE', name='tasks_project_id_fkey'),
    PrimaryKeyConstraint('id', name='tasks_pkey'),
    Index('tasks_project_priority_idx', 'project_id', 'priority')
)
