from sqlalchemy import Boolean, Column, DateTime, ForeignKeyConstraint, Index, Integer, MetaData, Table, Text, text

metadata = MetaData()


t_Project = Table(
    'Project', metadata,
    Column('id', Integer, primary_key=True),
    Column('name', Text, nullable=False),
    Column('createdAt', DateTime, nullable=False, server_default=text('CURRENT_TIMESTAMP')),
    Index('Project_name_key', 'name', unique=True)
)

t_Label = Table(
    'Label', metadata,
    Column('id', Integer, primary_key=True),
    Column('text', Text, nullable=False),
    Column('projectId', Integer, nullable=False),
    ForeignKeyConstraint(['projectId'], ['Project.id'], ondelete='CASCADE', onupdate='CASCADE', name='Label_projectId_fkey')
)

t_Task = Table(
    'Task', metadata,
    Column('id', Integer, primary_key=True),
    Column('title', Text, nullable=False),
    Column('done', Boolean, nullable=False, server_default=text('false')),
    Column('priority', Integer, nullable=False, server_default=text('2')),
    Column('dueAt', DateTime),
    Column('projectId', Integer, nullable=False),
    ForeignKeyConstraint(['projectId'], ['Project.id'], ondelete='CASCADE', onupdate='CASCADE', name='Task_listId_fkey'),
    Index('Task_listId_idx', 'projectId')
)
