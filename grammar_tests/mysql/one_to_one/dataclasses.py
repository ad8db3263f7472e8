from typing import Optional

from sqlalchemy import ForeignKeyConstraint, Index, String, Text
from sqlalchemy.dialects.mysql import INTEGER
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Users(Base):
    __tablename__ = 'users'

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    name: Mapped[str] = mapped_column(String(50), nullable=False)

    profiles: Mapped[list['Profiles']] = relationship('Profiles', back_populates='user')


class Profiles(Base):
    __tablename__ = 'profiles'
    __table_args__ = (
        ForeignKeyConstraint(['user_id'], ['users.id'], name='profiles_ibfk_1'),
        Index('uq_profiles_user', 'user_id', unique=True)
    )

    id: Mapped[int] = mapped_column(INTEGER(11), primary_key=True, autoincrement=True)
    user_id: Mapped[int] = mapped_column(INTEGER(11), nullable=False)
    bio: Mapped[Optional[str]] = mapped_column(Text)

    user: Mapped['Users'] = relationship('Users', back_populates='profiles')
