import uuid

from sqlalchemy import BigInteger, Boolean, CheckConstraint, ForeignKeyConstraint, Identity, Index, PrimaryKeyConstraint, SmallInteger, Text, UniqueConstraint, Uuid, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Boards(Base):
    __tablename__ = 'boards'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='projects_pkey'),
        UniqueConstraint('slug', name='projects_slug_key')
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, server_default=text('gen_random_uuid()'))
    slug: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)

    tasks: Mapped[list['Tasks']] = relationship('Tasks', back_populates='board')


class Tasks(Base):
    __tablename__ = 'tasks'
    __table_args__ = (
        CheckConstraint('priority >= 1 AND priority <= 5', name='tasks_priority_check'),
        ForeignKeyConstraint(['board_id'], ['boards.id'], ondelete='CASCADE', name='tasks_project_id_fkey'),
        PrimaryKeyConstraint('id', name='tasks_pkey'),
        Index('tasks_project_priority_idx', 'board_id', 'priority')
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True, start=1, increment=1, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True)
    board_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    summary: Mapped[str] = mapped_column(Text, nullable=False)
    done: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('false'))
    priority: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default=text('3'))

    board: Mapped['Boards'] = relationship('Boards', back_populates='tasks')
