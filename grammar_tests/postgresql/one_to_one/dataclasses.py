from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Integer, PrimaryKeyConstraint, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='users_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)

    profiles: Mapped['Profiles'] = relationship('Profiles', uselist=False, back_populates='user')


class Profiles(Base):
    __tablename__ = 'profiles'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], name='profiles_user_id_fkey'),
        PrimaryKeyConstraint('id', name='profiles_pkey'),
        UniqueConstraint('user_id', name='profiles_user_id_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(Integer, nullable=False)
    bio: Mapped[Optional[str]] = mapped_column(Text)

    user: Mapped['Users'] = relationship('Users', back_populates='profiles')
